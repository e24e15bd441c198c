"""The LALR grammar of the expression language (XLSForm / XPath 1.0 subset).

Precedence, loosest first, as in XPath 1.0: ``or``, ``and``, ``= !=``, ``< <= > >=``, ``+ -``, ``* div mod``, unary
``-``. Binary operators are left-associative. Function names may contain hyphens (``count-selected``); ``and``, ``or``,
``div`` and ``mod`` are keywords, everything else before ``(`` is a function name.
"""

from __future__ import annotations

GRAMMAR = r"""
?start: or_expr

?or_expr: and_expr
    | or_expr OR and_expr           -> binary
?and_expr: eq_expr
    | and_expr AND eq_expr          -> binary
?eq_expr: rel_expr
    | eq_expr EQ_OP rel_expr        -> binary
?rel_expr: add_expr
    | rel_expr REL_OP add_expr      -> binary
?add_expr: mul_expr
    | add_expr PLUS mul_expr        -> binary
    | add_expr MINUS mul_expr       -> binary
?mul_expr: unary
    | mul_expr MUL_OP unary         -> binary
?unary: primary
    | MINUS unary                   -> negate
?primary: NUMBER                    -> number
    | STRING                        -> string
    | REF                           -> ref
    | DOT                           -> dot
    | FUNC "(" [arguments] ")"      -> call
    | "(" or_expr ")"

arguments: or_expr ("," or_expr)*

OR: /or(?![a-z0-9_])/
AND: /and(?![a-z0-9_])/
EQ_OP: "=" | "!="
REL_OP: "<=" | ">=" | "<" | ">"
PLUS: "+"
MINUS: "-"
MUL_OP: /\*|(div|mod)(?![a-z0-9_])/
DOT: "."
NUMBER: /[0-9]+(\.[0-9]*)?|\.[0-9]+/
STRING: /'[^']*'|"[^"]*"/
REF: /\$\{[A-Za-z_][A-Za-z0-9_]*\}/
FUNC: /[a-z]+(-[a-z]+)*/

%ignore /[ \t\r\n]+/
"""
