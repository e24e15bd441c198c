"""Where sealed items go: a folder (USB drive, shared drive) or an HTTPS/WebDAV collection."""

from .base import ITEM_SUFFIX, RemoteCopy, RemoteEntry, Target, hash_of_name, is_item_name, item_name

__all__ = ["ITEM_SUFFIX", "RemoteCopy", "RemoteEntry", "Target", "hash_of_name", "is_item_name", "item_name"]
