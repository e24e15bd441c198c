<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Unknown role: %1.</source>
        <translation>Rol desconocido: %1.</translation>
    </message>
    <message>
        <source>Choose screener, supervisor or administrator.</source>
        <translation>Elija evaluador, supervisor o administrador.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>A user name has 1 to 64 characters, without spaces.</source>
        <translation>Un nombre de usuario tiene de 1 a 64 caracteres, sin espacios.</translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation>Elija otro nombre de usuario.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>La nueva contraseña es igual a la actual.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Search by user name or display name</source>
        <translation>Buscar por nombre de usuario o nombre visible</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add account...</source>
        <translation>A&amp;gregar cuenta...</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambiar &amp;rol</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Disable or enable account</source>
        <translation>Desactivar o activar la cuenta</translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation>Restablecer &amp;contraseña...</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Re&amp;move...</source>
        <translation>&amp;Eliminar...</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>¿Eliminar la cuenta %1?</translation>
    </message>
    <message>
        <source>They will no longer be able to sign in. The whole database is then re-encrypted with a new key, so that their old password opens nothing; this can take a moment. The screenings they made stay.</source>
        <translation>Esa persona ya no podrá iniciar sesión. Luego toda la base de datos se vuelve a cifrar con una clave nueva, para que su contraseña anterior no abra nada; esto puede tardar un momento. Las evaluaciones que hizo se conservan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Request for Assistance to HHS</source>
        <translation>Solicitud de asistencia al HHS</translation>
    </message>
    <message>
        <source>Unaccompanied child notice to HHS</source>
        <translation>Aviso al HHS sobre menor no acompañado</translation>
    </message>
    <message>
        <source>Custody transfer to ORR</source>
        <translation>Traslado de custodia a la ORR</translation>
    </message>
    <message>
        <source>Report to child welfare</source>
        <translation>Reporte a los servicios de protección infantil</translation>
    </message>
    <message>
        <source>Report to law enforcement</source>
        <translation>Reporte a las autoridades policiales</translation>
    </message>
    <message>
        <source>Contact federal law enforcement</source>
        <translation>Contactar a las autoridades federales</translation>
    </message>
    <message>
        <source>Refer to immigration legal services</source>
        <translation>Derivar a servicios legales de inmigración</translation>
    </message>
    <message>
        <source>HHS certification</source>
        <translation>Certificación del HHS</translation>
    </message>
    <message>
        <source>Refer to TVAP case management</source>
        <translation>Derivar a gestión de casos del TVAP</translation>
    </message>
    <message>
        <source>Refer to trafficking-specific services</source>
        <translation>Derivar a servicios especializados en trata</translation>
    </message>
    <message>
        <source>Offer a follow-up screening</source>
        <translation>Ofrecer una evaluación de seguimiento</translation>
    </message>
    <message>
        <source>Give the hotline number</source>
        <translation>Dar el número de la línea de ayuda</translation>
    </message>
    <message>
        <source>Service referral</source>
        <translation>Derivación a servicios</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Fundamento legal: %1</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Precaución: %1</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>Nuevo nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Initial password</source>
        <translation>Contraseña &amp;inicial</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Agregar cuenta</translation>
    </message>
    <message>
        <source>Confirm add account</source>
        <translation>Confirmar agregar cuenta</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nombre &amp;visible</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator account</source>
        <translation>Cuenta de administrador</translation>
    </message>
    <message>
        <source>The administrator adds the other accounts. Choose a long password you can remember.</source>
        <translation>El administrador agrega las demás cuentas. Elija una contraseña larga que pueda recordar.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Nombre de usuario del administrador</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nombre &amp;visible</translation>
    </message>
</context>
<context>
    <name>AdministrationPlace</name>
    <message>
        <source>Administration sections</source>
        <translation>Secciones de administración</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Office key and sync</source>
        <translation>Clave de la oficina y sincronización</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend an answer</source>
        <translation>Corregir una respuesta</translation>
    </message>
    <message>
        <source>Original answer (kept): %1</source>
        <translation>Respuesta original (se conserva): %1</translation>
    </message>
    <message>
        <source>Original answer</source>
        <translation>Respuesta original</translation>
    </message>
    <message>
        <source>New answer: none chosen yet.</source>
        <translation>Nueva respuesta: aún no se eligió ninguna.</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Nueva respuesta</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>For example: the person corrected the answer at a later meeting</source>
        <translation>Por ejemplo: la persona corrigió la respuesta en una reunión posterior</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>&amp;Guardar corrección</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>New answer: %1</source>
        <translation>Nueva respuesta: %1</translation>
    </message>
    <message>
        <source>Choose the new answer and give the reason for the change.</source>
        <translation>Elija la nueva respuesta e indique el motivo del cambio.</translation>
    </message>
    <message>
        <source>Current answer: %1. Original answer (kept): %2</source>
        <translation>Respuesta actual: %1. Respuesta original (se conserva): %2</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Declined</source>
        <translation>Prefirió no responder</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Skip...</source>
        <translation>Omitir...</translation>
    </message>
    <message>
        <source>Skip with a reason</source>
        <translation>Omitir indicando un motivo</translation>
    </message>
    <message>
        <source>Reason for skipping</source>
        <translation>Motivo para omitir</translation>
    </message>
    <message>
        <source>Why is this question skipped? Then press Enter.</source>
        <translation>¿Por qué se omite esta pregunta? Luego presione Intro.</translation>
    </message>
    <message>
        <source>%1   [%2]</source>
        <translation>%1   [%2]</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>[%1]   %2</source>
        <translation>[%1]   %2</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Save answer   [Enter]</source>
        <translation>Guardar respuesta   [Intro]</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <source>Give an answer first, or choose Declined or Don&apos;t know.</source>
        <translation>Primero dé una respuesta, o elija «Prefirió no responder» o «No sabe».</translation>
    </message>
    <message>
        <source>Give the reason for skipping.</source>
        <translation>Indique el motivo para omitir.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>a risk factor only, not an element</source>
        <translation>solo un factor de riesgo, no un elemento</translation>
    </message>
    <message>
        <source>open: not counted as &quot;no&quot;</source>
        <translation>abierto: no se cuenta como «no»</translation>
    </message>
    <message>
        <source>the instrument&apos;s positive screen</source>
        <translation>el resultado positivo del propio instrumento</translation>
    </message>
    <message>
        <source>A commercial sex act by someone under 18 at the time: no force, fraud or coercion is needed.</source>
        <translation>Un acto sexual comercial de una persona menor de 18 años en ese momento: no se requiere fuerza, fraude ni coerción.</translation>
    </message>
    <message>
        <source>A commercial sex act induced by force, fraud or coercion.</source>
        <translation>Un acto sexual comercial inducido mediante fuerza, fraude o coerción.</translation>
    </message>
    <message>
        <source>Labor or services obtained through force, fraud or coercion for involuntary servitude, peonage, debt bondage or slavery (at any age).</source>
        <translation>Trabajo o servicios obtenidos mediante fuerza, fraude o coerción con fines de servidumbre involuntaria, peonaje, servidumbre por deudas o esclavitud (a cualquier edad).</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Prefirió no responder</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Not asked: depends on an open answer</source>
        <translation>No se preguntó: depende de una respuesta pendiente</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; shows %2 by itself, without an indicator code.</source>
        <translation>La respuesta «%1» muestra %2 por sí sola, sin código de indicador.</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; carries indicator %2 (%3), which points to %4.</source>
        <translation>La respuesta «%1» lleva el indicador %2 (%3), que apunta a %4.</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; carries indicator %2 (%3): a risk factor, not an element.</source>
        <translation>La respuesta «%1» lleva el indicador %2 (%3): un factor de riesgo, no un elemento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not counted as &quot;no&quot;: the answer could show %2.</source>
        <translation>«%1» no se cuenta como «no»: la respuesta podría mostrar %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not counted as &quot;no&quot;: the answer could carry indicator %2 (%3).</source>
        <translation>«%1» no se cuenta como «no»: la respuesta podría llevar el indicador %2 (%3).</translation>
    </message>
    <message>
        <source>Age at the time of the act: %1</source>
        <translation>Edad al momento del acto: %1</translation>
    </message>
    <message>
        <source>Age when discovered: %1</source>
        <translation>Edad al ser identificada: %1</translation>
    </message>
    <message>
        <source>Age: not known</source>
        <translation>Edad: no se sabe</translation>
    </message>
    <message>
        <source>Under 18 at the time of the act: yes</source>
        <translation>Menor de 18 años al momento del acto: sí</translation>
    </message>
    <message>
        <source>Under 18 at the time of the act: not known</source>
        <translation>Menor de 18 años al momento del acto: no se sabe</translation>
    </message>
    <message>
        <source>The person facts show the person was under 18 at the time of the act.</source>
        <translation>Los datos de la persona muestran que era menor de 18 años al momento del acto.</translation>
    </message>
    <message>
        <source>The person facts leave open whether the person was under 18 at the time.</source>
        <translation>Los datos de la persona no aclaran si era menor de 18 años en ese momento.</translation>
    </message>
    <message>
        <source>Work by someone under 18 is labor trafficking under the TVPA only with force, fraud or coercion, which the answers do not show so far; child-labor laws may still apply.</source>
        <translation>El trabajo de una persona menor de 18 años es trata con fines de explotación laboral según la TVPA solo si hay fuerza, fraude o coerción, que las respuestas no muestran hasta ahora; aun así pueden aplicarse las leyes sobre trabajo infantil.</translation>
    </message>
    <message>
        <source>A commercial sex act by an adult is a severe form of trafficking under the TVPA only with force, fraud or coercion, which the answers do not show so far; offer services and the hotline.</source>
        <translation>Un acto sexual comercial de una persona adulta es una forma grave de trata según la TVPA solo si hay fuerza, fraude o coerción, que las respuestas no muestran hasta ahora; ofrezca servicios y la línea de ayuda.</translation>
    </message>
    <message>
        <source>Age at the time of the act is not known: treated as possibly under 18.</source>
        <translation>No se sabe la edad al momento del acto: se trata como posiblemente menor de 18 años.</translation>
    </message>
    <message>
        <source>Indicators of possible sex trafficking and labor trafficking present: refer.</source>
        <translation>Hay indicadores de posible trata con fines de explotación sexual y laboral: derive.</translation>
    </message>
    <message>
        <source>Indicators of possible sex trafficking present: refer.</source>
        <translation>Hay indicadores de posible trata con fines de explotación sexual: derive.</translation>
    </message>
    <message>
        <source>Indicators of possible labor trafficking present: refer.</source>
        <translation>Hay indicadores de posible trata con fines de explotación laboral: derive.</translation>
    </message>
    <message>
        <source>Inconclusive: answers that were declined, not known or skipped could indicate possible trafficking. Refer and follow up.</source>
        <translation>No concluyente: las respuestas no dadas, desconocidas u omitidas podrían indicar posible trata. Derive y dé seguimiento.</translation>
    </message>
    <message>
        <source>No indicators identified in the answers given.</source>
        <translation>No se identificaron indicadores en las respuestas dadas.</translation>
    </message>
    <message>
        <source>Inconclusive: the answers show indicators of possible trafficking but not every element under U.S. law (below). Refer and follow up; a fuller screening can ask about the rest.</source>
        <translation>No concluyente: las respuestas muestran indicadores de posible trata, pero no todos los elementos que exige la ley de EE. UU. (abajo). Derive y dé seguimiento; una evaluación más completa puede preguntar el resto.</translation>
    </message>
    <message>
        <source>The answers do not indicate sex or labor trafficking under U.S. law, but some indicators are present (below): offer services and the hotline.</source>
        <translation>Las respuestas no indican trata con fines sexuales ni laborales según la ley de EE. UU., pero hay algunos indicadores (abajo): ofrezca servicios y la línea de ayuda.</translation>
    </message>
    <message>
        <source>Possible labor trafficking could not be ruled out: some answers are open.</source>
        <translation>No se pudo descartar una posible trata con fines de explotación laboral: algunas respuestas están pendientes.</translation>
    </message>
    <message>
        <source>Possible sex trafficking could not be ruled out: some answers are open.</source>
        <translation>No se pudo descartar una posible trata con fines de explotación sexual: algunas respuestas están pendientes.</translation>
    </message>
    <message>
        <source>Screen positive</source>
        <translation>Tamizaje positivo</translation>
    </message>
    <message>
        <source>The instrument&apos;s own screen is positive although the answers do not show every element under U.S. law: the result is held open rather than read as no indicators.</source>
        <translation>El tamizaje del propio instrumento es positivo aunque las respuestas no muestran todos los elementos que exige la ley de los Estados Unidos: el resultado queda abierto en lugar de leerse como sin indicadores.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Audit entry %1 saved an answer that is no longer stored.</source>
        <translation>La entrada de auditoría %1 guardó una respuesta que ya no está almacenada.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not match the answer stored with it.</source>
        <translation>La entrada de auditoría %1 no coincide con la respuesta guardada con ella.</translation>
    </message>
    <message>
        <source>the audit trail&apos;s key is missing.</source>
        <translation>falta la clave del registro de auditoría.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing (removed or moved).</source>
        <translation>Falta la entrada de auditoría %1 (se eliminó o se movió).</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed or put out of order.</source>
        <translation>La entrada de auditoría %1 se modificó o se desordenó.</translation>
    </message>
    <message>
        <source>The end marker of the audit trail is missing (entry %1).</source>
        <translation>Falta la marca final del registro de auditoría (entrada %1).</translation>
    </message>
    <message>
        <source>Audit entry %1 and those after it are missing.</source>
        <translation>Faltan la entrada de auditoría %1 y las posteriores.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added outside fieldscreen.</source>
        <translation>La entrada de auditoría %1 se agregó fuera de fieldscreen.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is complete and unchanged (%n entries).</source>
        <translation>
            <numerusform>El registro de auditoría está completo y sin cambios (%n entrada).</numerusform>
            <numerusform>El registro de auditoría está completo y sin cambios (%n entradas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeginPage</name>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Idioma de la entrevista</translation>
    </message>
    <message>
        <source>Screener language</source>
        <translation>Idioma del evaluador</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Private setting</source>
        <translation>Lugar privado</translation>
    </message>
    <message>
        <source>Person alone</source>
        <translation>Persona a solas</translation>
    </message>
    <message>
        <source>Interviewer gender preference</source>
        <translation>Preferencia de género de quien entrevista</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Prefers a woman</source>
        <translation>Prefiere a una mujer</translation>
    </message>
    <message>
        <source>Prefers a man</source>
        <translation>Prefiere a un hombre</translation>
    </message>
    <message>
        <source>An &amp;interpreter takes part</source>
        <translation>Participa un &amp;intérprete</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation>Se usa intérprete</translation>
    </message>
    <message>
        <source>Interpreter kind</source>
        <translation>Tipo de intérprete</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Idioma del intérprete</translation>
    </message>
    <message>
        <source>Interpreter relationship to the person</source>
        <translation>Relación del intérprete con la persona</translation>
    </message>
    <message>
        <source>Interpreter ID</source>
        <translation>ID del intérprete</translation>
    </message>
    <message>
        <source>optional, e.g. the agency&apos;s interpreter number</source>
        <translation>opcional, p. ej., el número de intérprete de la agencia</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Disclosure in the interview language</source>
        <translation>Aviso en el idioma de la entrevista</translation>
    </message>
    <message>
        <source>Disclosure in the screener language</source>
        <translation>Aviso en el idioma del evaluador</translation>
    </message>
    <message>
        <source>&amp;Disclosure given</source>
        <translation>Se &amp;dio el aviso</translation>
    </message>
    <message>
        <source>Disclosure given</source>
        <translation>Se dio el aviso</translation>
    </message>
    <message>
        <source>Not given yet.</source>
        <translation>Aún no se ha dado.</translation>
    </message>
    <message>
        <source>Disclosure time</source>
        <translation>Hora del aviso</translation>
    </message>
    <message>
        <source>I&amp;nstrument</source>
        <translation>I&amp;nstrumento</translation>
    </message>
    <message>
        <source>Intervie&amp;w language</source>
        <translation>Idioma de la &amp;entrevista</translation>
    </message>
    <message>
        <source>Preferred in&amp;terviewer gender</source>
        <translation>Género preferido de &amp;quien entrevista</translation>
    </message>
    <message>
        <source>Int&amp;erpreter ID</source>
        <translation>ID del intér&amp;prete</translation>
    </message>
    <message>
        <source>&amp;Your language</source>
        <translation>&amp;Su idioma</translation>
    </message>
    <message>
        <source>&amp;Setting</source>
        <translation>Ámbi&amp;to</translation>
    </message>
    <message>
        <source>&amp;Private place?</source>
        <translation>¿Lu&amp;gar privado?</translation>
    </message>
    <message>
        <source>Person &amp;alone?</source>
        <translation>¿Persona a so&amp;las?</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relación</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Before the first question, read this aloud</source>
        <translation>Antes de la primera pregunta, lea esto en voz alta</translation>
    </message>
    <message>
        <source>Read aloud (%1)</source>
        <translation>Leer en voz alta (%1)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>In your language (%1)</source>
        <translation>En su idioma (%1)</translation>
    </message>
    <message>
        <source>Choose the setting to see the disclosure for it.</source>
        <translation>Elija el ámbito para ver el aviso correspondiente.</translation>
    </message>
    <message>
        <source>Given at %1.</source>
        <translation>Dado a las %1.</translation>
    </message>
    <message>
        <source>an instrument</source>
        <translation>un instrumento</translation>
    </message>
    <message>
        <source>the setting</source>
        <translation>el ámbito</translation>
    </message>
    <message>
        <source>whether the place is private</source>
        <translation>si el lugar es privado</translation>
    </message>
    <message>
        <source>whether the person is alone</source>
        <translation>si la persona está a solas</translation>
    </message>
    <message>
        <source>the interpreter&apos;s language</source>
        <translation>el idioma del intérprete</translation>
    </message>
    <message>
        <source>the interpreter&apos;s relationship to the person</source>
        <translation>la relación del intérprete con la persona</translation>
    </message>
    <message>
        <source>the disclosure</source>
        <translation>el aviso</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>the encryption checksums of all %n pages</source>
        <translation>
            <numerusform>la suma de verificación del cifrado de %n página</numerusform>
            <numerusform>las sumas de verificación del cifrado de las %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 failed its integrity check (HMAC)</source>
        <translation>la página %1 no pasó la verificación de integridad (HMAC)</translation>
    </message>
    <message>
        <source>page %1 is damaged (%2)</source>
        <translation>la página %1 está dañada (%2)</translation>
    </message>
    <message>
        <source>the encryption check reported: %1</source>
        <translation>la verificación del cifrado informó: %1</translation>
    </message>
    <message>
        <source>the structure of the database (tables and indexes)</source>
        <translation>la estructura de la base de datos (tablas e índices)</translation>
    </message>
    <message>
        <source>the structure check could not read the damaged pages</source>
        <translation>la verificación de estructura no pudo leer las páginas dañadas</translation>
    </message>
    <message>
        <source>structure problem: %1</source>
        <translation>problema de estructura: %1</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>el registro de auditoría</translation>
    </message>
    <message>
        <source>the audit trail could not be read</source>
        <translation>no se pudo leer el registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>the audit trail (%n entries)</source>
        <translation>
            <numerusform>el registro de auditoría (%n entrada)</numerusform>
            <numerusform>el registro de auditoría (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>the first page cannot be read, so nothing else could be checked</source>
        <translation>no se puede leer la primera página, así que no se pudo verificar nada más</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more of the same kind</source>
        <translation>
            <numerusform>... y %n más del mismo tipo</numerusform>
            <numerusform>... y %n más del mismo tipo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <source>Internal error: fieldscreen hit a defect. Nothing was changed by the failed step. The log in the data folder has the technical details (no personal data).</source>
        <translation>Error interno: fieldscreen encontró un defecto. El paso que falló no cambió nada. El registro en la carpeta de datos tiene los detalles técnicos (sin datos personales).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>new account&apos;s password</source>
        <translation>contraseña de la cuenta nueva</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Se agregó la cuenta %1.</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Se desactivó la cuenta %1.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Se activó la cuenta %1.</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Verificado:</translation>
    </message>
    <message>
        <source>All is well: no damage found.</source>
        <translation>Todo está bien: no se encontraron daños.</translation>
    </message>
    <message>
        <source>Damage found:</source>
        <translation>Daños encontrados:</translation>
    </message>
    <message>
        <source>Nothing was changed. Restore the latest backup from the &apos;backups&apos; folder, or ask your administrator.</source>
        <translation>No se cambió nada. Restaure la copia de seguridad más reciente de la carpeta &apos;backups&apos; o consulte a su administrador.</translation>
    </message>
    <message>
        <source>Give either --user with --password-stdin, or --recovery-key-stdin.</source>
        <translation>Indique --user con --password-stdin, o bien --recovery-key-stdin.</translation>
    </message>
    <message>
        <source>Add --password-stdin and give the password on standard input.</source>
        <translation>Agregue --password-stdin y escriba la contraseña en la entrada estándar.</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Already here: %1</source>
        <translation>Ya estaba: %1</translation>
    </message>
    <message>
        <source>Not imported: %1: %2</source>
        <translation>No importado: %1: %2</translation>
    </message>
    <message>
        <source>The run stopped early; run it again to receive the rest.</source>
        <translation>La ejecución se detuvo antes de terminar; ejecútela de nuevo para recibir el resto.</translation>
    </message>
    <message>
        <source>Standard input ended before the %1.</source>
        <translation>La entrada estándar terminó antes de: %1.</translation>
    </message>
    <message>
        <source>fieldscreen is set up in %1.</source>
        <translation>fieldscreen está configurado en %1.</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; write it down and keep it locked away):</source>
        <translation>Clave de recuperación (se muestra solo esta vez; anótela y guárdela bajo llave):</translation>
    </message>
    <message>
        <source>It opens all data and is the only way in if every administrator password is lost.</source>
        <translation>Abre todos los datos y es la única forma de entrar si se pierden todas las contraseñas de administrador.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>incorporado</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 %2 (%n questions); new screenings may use it.</source>
        <translation>
            <numerusform>Se importó %1 %2 (%n pregunta); las evaluaciones nuevas pueden usarlo.</numerusform>
            <numerusform>Se importó %1 %2 (%n preguntas); las evaluaciones nuevas pueden usarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>An imported instrument is exported with --user and --password-stdin.</source>
        <translation>Un instrumento importado se exporta con --user y --password-stdin.</translation>
    </message>
    <message>
        <source>%1 is not a built-in instrument.</source>
        <translation>%1 no es un instrumento incorporado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Add --user and --password-stdin: this needs a signed-in account.</source>
        <translation>Agregue --user y --password-stdin: esto requiere una cuenta con sesión iniciada.</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Oficina: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creada: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <source>This is the receiving office.</source>
        <translation>Esta es la oficina receptora.</translation>
    </message>
    <message>
        <source>This is a field laptop.</source>
        <translation>Esta es una computadora de campo.</translation>
    </message>
    <message>
        <source>No office key is imported.</source>
        <translation>No hay ninguna clave de oficina importada.</translation>
    </message>
    <message>
        <source>This installation is now the receiving office. Its private key stays in its database.</source>
        <translation>Esta instalación ahora es la oficina receptora. Su clave privada permanece en su base de datos.</translation>
    </message>
    <message>
        <source>Give field laptops the public key file: &apos;fieldscreen office-key export --out FILE --user %1 --password-stdin&apos;.</source>
        <translation>Entregue a las computadoras de campo el archivo de la clave pública: &apos;fieldscreen office-key export --out ARCHIVO --user %1 --password-stdin&apos;.</translation>
    </message>
    <message>
        <source>Public key written to %1.</source>
        <translation>Clave pública escrita en %1.</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint is %1, not the one given. Nothing was imported.</source>
        <translation>La huella digital de la clave es %1, no la indicada. No se importó nada.</translation>
    </message>
    <message>
        <source>Office key imported. Compare the fingerprint with the office by phone:</source>
        <translation>Clave de la oficina importada. Compare la huella digital con la oficina por teléfono:</translation>
    </message>
    <message>
        <source>It replaces the key with fingerprint %1.</source>
        <translation>Reemplaza la clave con huella digital %1.</translation>
    </message>
    <message>
        <source>Waiting packets sealed again for the new key: %1</source>
        <translation>Paquetes en espera sellados de nuevo para la clave nueva: %1</translation>
    </message>
    <message>
        <source>Packets sealed and queued now: %1</source>
        <translation>Paquetes sellados y en cola ahora: %1</translation>
    </message>
    <message>
        <source>Give --dav-user together with --dav-password-stdin.</source>
        <translation>Indique --dav-user junto con --dav-password-stdin.</translation>
    </message>
    <message>
        <source>server password</source>
        <translation>contraseña del servidor</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>En espera: %1</translation>
    </message>
    <message>
        <source>Delivered in all: %1</source>
        <translation>Entregados en total: %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Último envío correcto: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Delivered now: %1</source>
        <translation>Entregados ahora: %1</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent. %1</source>
        <translation>No había nada esperando a ser enviado. %1</translation>
    </message>
    <message>
        <source>No sync target is set.</source>
        <translation>No hay ningún destino de sincronización configurado.</translation>
    </message>
    <message>
        <source>Sync target set: %1</source>
        <translation>Destino de sincronización configurado: %1</translation>
    </message>
    <message>
        <source>give the day as YYYY-MM-DD</source>
        <translation>indique el día como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>No packet to export has the case code %1.</source>
        <translation>Ningún paquete para exportar tiene el código de caso %1.</translation>
    </message>
    <message>
        <source>Written: %1 of %2</source>
        <translation>Escritos: %1 de %2</translation>
    </message>
    <message>
        <source>export password</source>
        <translation>contraseña de exportación</translation>
    </message>
    <message>
        <source>No packet matches; nothing was written.</source>
        <translation>Ningún paquete coincide; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n packet(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n paquete a %1.</numerusform>
            <numerusform>Se exportaron %n paquetes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--training opens the practice installation of the desktop app only.</source>
        <translation>--training abre solo la instalación de práctica de la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>Run the command without --training; it then works on the real data folder.</source>
        <translation>Ejecute el comando sin --training; así trabaja con la carpeta de datos real.</translation>
    </message>
    <message>
        <source>Packets received from field laptops are exported with --received.</source>
        <translation>Los paquetes recibidos de las computadoras de campo se exportan con --received.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Nothing more will be written until this is solved. There is no backup here to restore: open the data folder to hand it to your administrator, or quit.</source>
        <translation>No se escribirá nada más hasta que esto se resuelva. Aquí no hay ninguna copia de seguridad que restaurar: abra la carpeta de datos para entregarla a su administrador, o salga.</translation>
    </message>
    <message>
        <source>Damaged data</source>
        <translation>Datos dañados</translation>
    </message>
    <message>
        <source>The encrypted data cannot be read</source>
        <translation>No se pueden leer los datos cifrados</translation>
    </message>
    <message>
        <source>Nothing more will be written until this is solved. You can restore the latest backup (changes made after it was taken are lost), open the data folder to hand it to your administrator, or quit.</source>
        <translation>No se escribirá nada más hasta que esto se resuelva. Puede restaurar la copia de seguridad más reciente (se pierden los cambios hechos después de crearla), abrir la carpeta de datos para entregarla a su administrador, o salir.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Copia de seguridad que se restaurará</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Open the data &amp;folder</source>
        <translation>Abrir la &amp;carpeta de datos</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backup found</source>
        <translation>No se encontró ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>Restore this backup? Changes made after it was taken will be lost.</source>
        <translation>¿Restaurar esta copia de seguridad? Se perderán los cambios hechos después de crearla.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>Se restauró la copia de seguridad. Inicie sesión de nuevo.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Overdue by %1 h %2 min</source>
        <translation>Venció hace %1 h %2 min</translation>
    </message>
    <message>
        <source>Due in %1 h %2 min</source>
        <translation>Vence en %1 h %2 min</translation>
    </message>
    <message>
        <source>The reference number is too long.</source>
        <translation>El número de referencia es demasiado largo.</translation>
    </message>
    <message>
        <source>The time it was done is in the future.</source>
        <translation>La hora en que se hizo está en el futuro.</translation>
    </message>
    <message>
        <source>This action is not open: it was done already.</source>
        <translation>Esta acción no está pendiente: ya se realizó.</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Código de caso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation>Realizada el %1 por %2</translation>
    </message>
    <message>
        <source>Done, reference %1</source>
        <translation>Realizada, referencia %1</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1, referencia %2</translation>
    </message>
</context>
<context>
    <name>DeadlinesPlace</name>
    <message>
        <source>This list holds only the actions of screenings made on this computer; the packets received from the field laptops show their next deadline in the Outbox, under Received packets.</source>
        <translation>Esta lista solo tiene las acciones de las evaluaciones hechas en esta computadora; los paquetes recibidos de las computadoras de campo muestran su próximo plazo en la Bandeja de salida, en Paquetes recibidos.</translation>
    </message>
    <message>
        <source>Deadlines summary</source>
        <translation>Resumen de plazos</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <source>Show &amp;done actions too</source>
        <translation>Mostrar también las &amp;realizadas</translation>
    </message>
    <message>
        <source>Show done actions</source>
        <translation>Mostrar las acciones realizadas</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>&amp;Mark done...</source>
        <translation>&amp;Marcar como realizada...</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <source>&amp;Open screening</source>
        <translation>Abrir &amp;evaluación</translation>
    </message>
    <message>
        <source>Open screening of the action</source>
        <translation>Abrir la evaluación de la acción</translation>
    </message>
    <message numerus="yes">
        <source>%n open actions, by due time.</source>
        <translation>
            <numerusform>%n acción pendiente, por vencimiento.</numerusform>
            <numerusform>%n acciones pendientes, por vencimiento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n actions are past their due time. Act on them first.</source>
        <translation>
            <numerusform>Vencida: %n acción pasó su plazo. Atiéndala primero.</numerusform>
            <numerusform>Vencidas: %n acciones pasaron su plazo. Atiéndalas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
</context>
<context>
    <name>EditContextDialog</name>
    <message>
        <source>Edit interview details</source>
        <translation>Editar los datos de la entrevista</translation>
    </message>
</context>
<context>
    <name>EditDetailsDialog</name>
    <message>
        <source>Case %1: the change is recorded in the audit trail.</source>
        <translation>Caso %1: el cambio queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Cancelar los cambios</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>G&amp;uardar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Editar los datos de la persona</translation>
    </message>
</context>
<context>
    <name>Elements</name>
    <message>
        <source>a commercial sex act</source>
        <translation>un acto sexual comercial</translation>
    </message>
    <message>
        <source>force</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>fraude</translation>
    </message>
    <message>
        <source>coercion</source>
        <translation>coerción</translation>
    </message>
    <message>
        <source>a purpose of involuntary servitude, peonage, debt bondage or slavery</source>
        <translation>un fin de servidumbre involuntaria, peonaje, servidumbre por deudas o esclavitud</translation>
    </message>
    <message>
        <source>labor or services for someone</source>
        <translation>trabajo o servicios para alguien</translation>
    </message>
    <message>
        <source>under 18 at the time of the act</source>
        <translation>menor de 18 años al momento del acto</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Internal error: fieldscreen hit a defect and the step did not finish.</source>
        <translation>Error interno: fieldscreen encontró un defecto y el paso no terminó.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, tell your administrator: the log in the data folder has the technical details (no personal data).</source>
        <translation>Inténtelo de nuevo. Si vuelve a ocurrir, avise a su administrador: el registro en la carpeta de datos tiene los detalles técnicos (sin datos personales).</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database file fieldscreen.db was moved or deleted while fieldscreen was open; the last change was not saved.</source>
        <translation>El archivo de la base de datos fieldscreen.db se movió o se borró mientras fieldscreen estaba abierto; el último cambio no se guardó.</translation>
    </message>
    <message>
        <source>If you moved it, put it back in the data folder, then quit and start again. If it was deleted, quit and restore the latest backup at the next start.</source>
        <translation>Si lo movió, vuelva a ponerlo en la carpeta de datos, salga y vuelva a iniciar. Si se borró, salga y restaure la copia de seguridad más reciente en el próximo inicio.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Revise la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Espere %n minuto y vuelva a intentarlo.</numerusform>
            <numerusform>Espere %n minutos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Esta cuenta está desactivada.</translation>
    </message>
    <message>
        <source>Ask an administrator to enable it.</source>
        <translation>Pida a un administrador que la active.</translation>
    </message>
    <message>
        <source>Your role does not allow this: %1.</source>
        <translation>Su rol no permite esto: %1.</translation>
    </message>
    <message>
        <source>Ask a supervisor or an administrator.</source>
        <translation>Consulte a un supervisor o a un administrador.</translation>
    </message>
    <message>
        <source>Choose another password.</source>
        <translation>Elija otra contraseña.</translation>
    </message>
    <message>
        <source>fieldscreen has not been set up in this data folder.</source>
        <translation>fieldscreen no se ha configurado en esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Run the setup first (start the app, or use the &apos;init&apos; command).</source>
        <translation>Primero haga la configuración inicial (abra la aplicación o use el comando &apos;init&apos;).</translation>
    </message>
    <message>
        <source>fieldscreen is already set up in this data folder.</source>
        <translation>fieldscreen ya está configurado en esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Sign in instead, or choose another data folder.</source>
        <translation>Inicie sesión o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>fieldscreen is already running with this data folder.</source>
        <translation>fieldscreen ya se está ejecutando con esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Switch to the open window, or close the other fieldscreen first.</source>
        <translation>Cambie a la ventana abierta o cierre primero el otro fieldscreen.</translation>
    </message>
    <message>
        <source>The encrypted data is damaged: %1</source>
        <translation>Los datos cifrados están dañados: %1</translation>
    </message>
    <message>
        <source>Nothing more will be written. Restore the latest backup from the &apos;backups&apos; folder, or contact your administrator.</source>
        <translation>No se escribirá nada más. Restaure la copia de seguridad más reciente de la carpeta &apos;backups&apos; o comuníquese con su administrador.</translation>
    </message>
    <message>
        <source>The data was written by a newer fieldscreen (schema %1; this one reads %2).</source>
        <translation>Los datos fueron escritos por un fieldscreen más reciente (esquema %1; este lee el %2).</translation>
    </message>
    <message>
        <source>Install the newer fieldscreen version; your data has not been changed.</source>
        <translation>Instale la versión más reciente de fieldscreen; sus datos no se modificaron.</translation>
    </message>
    <message>
        <source>The disk is full; the last change was not saved.</source>
        <translation>El disco está lleno; el último cambio no se guardó.</translation>
    </message>
    <message>
        <source>Free some space, then try again. Everything saved before is safe.</source>
        <translation>Libere espacio y vuelva a intentarlo. Todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to; the last change was not saved.</source>
        <translation>No se puede escribir en la carpeta de datos; el último cambio no se guardó.</translation>
    </message>
    <message>
        <source>Check that the disk is not write-protected and that you may write to the folder.</source>
        <translation>Compruebe que el disco no esté protegido contra escritura y que tenga permiso para escribir en la carpeta.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the data.</source>
        <translation>El disco informó un error al leer o escribir los datos.</translation>
    </message>
    <message>
        <source>Check the disk and its cable, then try again. If it happens again, restore a backup.</source>
        <translation>Revise el disco y su cable, y vuelva a intentarlo. Si vuelve a ocurrir, restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>fieldscreen is locked.</source>
        <translation>fieldscreen está bloqueado.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Inicie sesión de nuevo para continuar.</translation>
    </message>
    <message>
        <source>The recovery key is incomplete or has a typing mistake.</source>
        <translation>La clave de recuperación está incompleta o tiene un error de escritura.</translation>
    </message>
    <message>
        <source>Type it again exactly as it was shown at setup, in groups of five characters.</source>
        <translation>Escríbala de nuevo exactamente como se mostró en la configuración inicial, en grupos de cinco caracteres.</translation>
    </message>
    <message>
        <source>An account with this user name exists already.</source>
        <translation>Ya existe una cuenta con este nombre de usuario.</translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation>Elija otro nombre de usuario.</translation>
    </message>
    <message>
        <source>There is no account with this user name.</source>
        <translation>No hay ninguna cuenta con este nombre de usuario.</translation>
    </message>
    <message>
        <source>Check the spelling and try again.</source>
        <translation>Revise cómo está escrito y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator account.</source>
        <translation>Esta es la última cuenta de administrador activa.</translation>
    </message>
    <message>
        <source>Make another account an administrator first.</source>
        <translation>Primero haga administradora a otra cuenta.</translation>
    </message>
    <message>
        <source>You cannot disable or remove the account you are signed in with.</source>
        <translation>No puede desactivar ni eliminar la cuenta con la que inició sesión.</translation>
    </message>
    <message>
        <source>Ask another administrator to do it.</source>
        <translation>Pida a otro administrador que lo haga.</translation>
    </message>
    <message>
        <source>An administrator set this account&apos;s password: choose your own first.</source>
        <translation>Un administrador fijó la contraseña de esta cuenta: primero elija la suya.</translation>
    </message>
    <message>
        <source>Check that your account may write to this folder and that the disk is not write-protected or full. Or start fieldscreen with a data folder it can write to (--data-dir or FIELDSCREEN_DATA_DIR).</source>
        <translation>Compruebe que su cuenta puede escribir en esta carpeta y que el disco no está protegido contra escritura ni lleno. O inicie fieldscreen con una carpeta de datos en la que pueda escribir (--data-dir o FIELDSCREEN_DATA_DIR).</translation>
    </message>
    <message>
        <source>Sign in with the desktop app; it asks for a new password.</source>
        <translation>Inicie sesión en la aplicación de escritorio; le pedirá una contraseña nueva.</translation>
    </message>
    <message>
        <source>fieldscreen cannot start: it cannot write to its data folder (%1).</source>
        <translation>fieldscreen no puede iniciarse: no puede escribir en su carpeta de datos (%1).</translation>
    </message>
    <message>
        <source>fieldscreen cannot start: the disk that holds its data folder (%1) is full.</source>
        <translation>fieldscreen no puede iniciarse: el disco que contiene su carpeta de datos (%1) está lleno.</translation>
    </message>
    <message>
        <source>Free some space on that disk (a few megabytes at least), then start fieldscreen again. Nothing was changed.</source>
        <translation>Libere espacio en ese disco (al menos unos megabytes) y vuelva a iniciar fieldscreen. No se cambió nada.</translation>
    </message>
    <message>
        <source>fieldscreen cannot start: its data folder (%1) is a file, not a folder, or its path goes through a file or a link that loops.</source>
        <translation>fieldscreen no puede iniciarse: su carpeta de datos (%1) es un archivo, no una carpeta, o su ruta pasa por un archivo o por un enlace que forma un bucle.</translation>
    </message>
    <message>
        <source>Start fieldscreen with another data folder (--data-dir or FIELDSCREEN_DATA_DIR), or move that file out of the way. Nothing was changed.</source>
        <translation>Inicie fieldscreen con otra carpeta de datos (--data-dir o FIELDSCREEN_DATA_DIR), o quite ese archivo de en medio. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>A packet asked for is not in the list of packets that can be exported.</source>
        <translation>Un paquete solicitado no está en la lista de paquetes que se pueden exportar.</translation>
    </message>
    <message>
        <source>Refresh the list and choose again. Nothing was written.</source>
        <translation>Actualice la lista y vuelva a elegir. No se escribió nada.</translation>
    </message>
    <message>
        <source>The helper program that encrypts the files stopped (perhaps memory ran out).</source>
        <translation>El programa auxiliar que cifra los archivos se detuvo (quizás se agotó la memoria).</translation>
    </message>
    <message>
        <source>Close other programs, then export again.</source>
        <translation>Cierre otros programas y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The disk of the export folder is full.</source>
        <translation>El disco de la carpeta de exportación está lleno.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder, then export again.</source>
        <translation>Libere espacio o elija otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>fieldscreen may not write to the export folder (read-only or no permission).</source>
        <translation>fieldscreen no puede escribir en la carpeta de exportación (solo lectura o sin permiso).</translation>
    </message>
    <message>
        <source>Choose a folder you may write to (is the drive write-protected?).</source>
        <translation>Elija una carpeta en la que pueda escribir (¿la unidad está protegida contra escritura?).</translation>
    </message>
    <message>
        <source>The export folder is not there. Is the USB drive or shared drive connected?</source>
        <translation>La carpeta de exportación no está disponible. ¿Está conectada la memoria USB o la unidad compartida?</translation>
    </message>
    <message>
        <source>Connect the drive or choose an existing folder, then export again.</source>
        <translation>Conecte la unidad o elija una carpeta existente y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Writing into the export folder failed (the disk reported an error).</source>
        <translation>Falló la escritura en la carpeta de exportación (el disco informó un error).</translation>
    </message>
    <message>
        <source>Check the drive and its connection, then export again.</source>
        <translation>Revise la unidad y su conexión, y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Files written completely before this: %1; nothing half-written was left.</source>
        <translation>Archivos escritos por completo antes de esto: %1; no quedó nada escrito a medias.</translation>
    </message>
    <message>
        <source>Enter a password for the exported files.</source>
        <translation>Escriba una contraseña para los archivos exportados.</translation>
    </message>
    <message>
        <source>The export password needs at least %1 characters.</source>
        <translation>La contraseña de exportación necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The export password is too long for PDF readers (at most 127 letters).</source>
        <translation>La contraseña de exportación es demasiado larga para los lectores de PDF (127 letras como máximo).</translation>
    </message>
    <message>
        <source>The export password is too easy to guess (a common word or a pattern).</source>
        <translation>La contraseña de exportación es demasiado fácil de adivinar (una palabra común o un patrón).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export packets</source>
        <translation>Exportar paquetes</translation>
    </message>
    <message>
        <source>Each packet is written as a PDF that opens only with the password. Send the password another way than the files (for example by phone).</source>
        <translation>Cada paquete se escribe como un PDF que solo se abre con la contraseña. Envíe la contraseña por un medio distinto al de los archivos (por ejemplo, por teléfono).</translation>
    </message>
    <message>
        <source>Packets to export</source>
        <translation>Paquetes para exportar</translation>
    </message>
    <message>
        <source>Show earlier versions</source>
        <translation>Mostrar las versiones anteriores</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>&amp;Vista previa...</translation>
    </message>
    <message>
        <source>Preview packet</source>
        <translation>Vista previa del paquete</translation>
    </message>
    <message>
        <source>Packets selected</source>
        <translation>Paquetes seleccionados</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>Show ear&amp;lier versions too</source>
        <translation>Mostrar también las versiones &amp;anteriores</translation>
    </message>
    <message>
        <source>Choose fol&amp;der...</source>
        <translation>&amp;Elegir carpeta...</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Elegir carpeta</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters, not a common word or pattern: a phrase of several words is best.</source>
        <translation>Al menos %1 caracteres, sin palabras comunes ni patrones: lo mejor es una frase de varias palabras.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>Car&amp;peta</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Ca&amp;ncelar la exportación</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n packets selected</source>
        <translation>
            <numerusform>%1 de %n paquete seleccionado</numerusform>
            <numerusform>%1 de %n paquetes seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n packets...</source>
        <translation>
            <numerusform>Exportando %n paquete...</numerusform>
            <numerusform>Exportando %n paquetes...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled. %n files had been written.</source>
        <translation>
            <numerusform>Exportación cancelada. Se había escrito %n archivo.</numerusform>
            <numerusform>Exportación cancelada. Se habían escrito %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n files to %1.</source>
        <translation>
            <numerusform>Se escribió %n archivo en %1.</numerusform>
            <numerusform>Se escribieron %n archivos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <source>Cancelling after the file being written...</source>
        <translation>Cancelando después del archivo que se está escribiendo...</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>The export stopped.</source>
        <translation>La exportación se detuvo.</translation>
    </message>
    <message>
        <source>Export received packets</source>
        <translation>Exportar paquetes recibidos</translation>
    </message>
</context>
<context>
    <name>ExportModel</name>
    <message>
        <source>Case code</source>
        <translation>Código de caso</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 (practice)</source>
        <translation>%1 (práctica)</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Recibido %1</translation>
    </message>
</context>
<context>
    <name>Expressions</name>
    <message>
        <source>&apos;.&apos; (this answer) can only be used in a constraint</source>
        <translation>&apos;.&apos; (esta respuesta) solo se puede usar en una restricción</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a note and has no answer</source>
        <translation>&apos;%1&apos; es una nota y no tiene respuesta</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation>pregunta desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1()&apos;</source>
        <translation>función desconocida &apos;%1()&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%1() needs at least %n argument(s), not %2</source>
        <translation>
            <numerusform>%1() necesita al menos %n argumento, no %2</numerusform>
            <numerusform>%1() necesita al menos %n argumentos, no %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n argument(s), not %2</source>
        <translation>
            <numerusform>%1() recibe %n argumento, no %2</numerusform>
            <numerusform>%1() recibe %n argumentos, no %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the pattern of regex() must be quoted text</source>
        <translation>el patrón de regex() debe ser texto entre comillas</translation>
    </message>
    <message>
        <source>regex() pattern &apos;%1&apos;: %2</source>
        <translation>patrón de regex() &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a choice of &apos;%2&apos; (choices: %3)</source>
        <translation>&apos;%1&apos; no es una opción de &apos;%2&apos; (opciones: %3)</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (¿quiso decir &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>la expresión está vacía</translation>
    </message>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation>la expresión tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the number at character %1 is too large</source>
        <translation>el número en el carácter %1 es demasiado grande</translation>
    </message>
    <message>
        <source>the expression is nested more than %1 levels deep</source>
        <translation>la expresión tiene más de %1 niveles de anidación</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at character %2 is not a value: write ${%1} for a question, &apos;%1&apos; for text or %1() for a function</source>
        <translation>&apos;%1&apos; en el carácter %2 no es un valor: escriba ${%1} para una pregunta, &apos;%1&apos; para texto o %1() para una función</translation>
    </message>
    <message>
        <source> (a value is missing)</source>
        <translation> (falta un valor)</translation>
    </message>
    <message>
        <source> (expected &apos;)&apos;)</source>
        <translation> (se esperaba &apos;)&apos;)</translation>
    </message>
    <message>
        <source>the expression ends too early%1</source>
        <translation>la expresión termina antes de tiempo%1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at character %2%3</source>
        <translation>&apos;%1&apos; inesperado en el carácter %2%3</translation>
    </message>
    <message>
        <source>the text starting at character %1 is not closed with %2</source>
        <translation>el texto que empieza en el carácter %1 no se cierra con %2</translation>
    </message>
    <message>
        <source>a question reference at character %1 must look like ${name}</source>
        <translation>una referencia a una pregunta en el carácter %1 debe tener la forma ${name}</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at character %2</source>
        <translation>carácter inesperado &apos;%1&apos; en la posición %2</translation>
    </message>
    <message>
        <source>the pattern is longer than %1 characters</source>
        <translation>el patrón tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the pattern is too complex</source>
        <translation>el patrón es demasiado complejo</translation>
    </message>
    <message>
        <source>&apos;)&apos; at character %1 closes no group</source>
        <translation>&apos;)&apos; en el carácter %1 no cierra ningún grupo</translation>
    </message>
    <message>
        <source>nothing to repeat at character %1</source>
        <translation>no hay nada que repetir en el carácter %1</translation>
    </message>
    <message>
        <source>a repeat at character %1 repeats a repeat; use a group</source>
        <translation>una repetición en el carácter %1 repite otra repetición; use un grupo</translation>
    </message>
    <message>
        <source>&apos;{&apos; at character %1 must be {n}, {n,} or {n,m}; write \{ for a brace</source>
        <translation>&apos;{&apos; en el carácter %1 debe ser {n}, {n,} o {n,m}; escriba \{ para una llave</translation>
    </message>
    <message>
        <source>the repeat before character %1 must count from 0 to %2</source>
        <translation>la repetición antes del carácter %1 debe contar de 0 a %2</translation>
    </message>
    <message>
        <source>the group at character %1 uses an unsupported (?...) form</source>
        <translation>el grupo en el carácter %1 usa una forma (?...) no admitida</translation>
    </message>
    <message>
        <source>groups are nested more than %1 deep</source>
        <translation>los grupos tienen más de %1 niveles de anidación</translation>
    </message>
    <message>
        <source>a group is not closed with &apos;)&apos; at character %1</source>
        <translation>un grupo no se cierra con &apos;)&apos; en el carácter %1</translation>
    </message>
    <message>
        <source>the pattern ends with a lone \ at character %1</source>
        <translation>el patrón termina con una \ suelta en el carácter %1</translation>
    </message>
    <message>
        <source>the escape at character %1 is not supported</source>
        <translation>la secuencia de escape en el carácter %1 no se admite</translation>
    </message>
    <message>
        <source>a &apos;[&apos; is not closed with &apos;]&apos; (character %1)</source>
        <translation>un &apos;[&apos; no se cierra con &apos;]&apos; (carácter %1)</translation>
    </message>
    <message>
        <source>the range ending before character %1 is backwards</source>
        <translation>el rango que termina antes del carácter %1 está invertido</translation>
    </message>
</context>
<context>
    <name>Icd10</name>
    <message>
        <source>Adult forced sexual exploitation, suspected, initial encounter</source>
        <translation>Explotación sexual forzada de persona adulta, sospecha, consulta inicial</translation>
    </message>
    <message>
        <source>Child sexual exploitation, suspected, initial encounter</source>
        <translation>Explotación sexual infantil, sospecha, consulta inicial</translation>
    </message>
    <message>
        <source>Adult forced labor exploitation, suspected, initial encounter</source>
        <translation>Explotación laboral forzada de persona adulta, sospecha, consulta inicial</translation>
    </message>
    <message>
        <source>Child forced labor exploitation, suspected, initial encounter</source>
        <translation>Explotación laboral forzada infantil, sospecha, consulta inicial</translation>
    </message>
    <message>
        <source>Suggestions for the clinician, not a diagnosis: the clinician decides what to code.</source>
        <translation>Sugerencias para el personal clínico, no un diagnóstico: el personal clínico decide qué codificar.</translation>
    </message>
    <message>
        <source>Use T74 (confirmed) only when the clinician documents confirmed exploitation, and never together with T76 for the same type.</source>
        <translation>Use T74 (confirmado) solo cuando el personal clínico documente explotación confirmada, y nunca junto con T76 para el mismo tipo.</translation>
    </message>
    <message>
        <source>If the suspicion is ruled out during the encounter, use Z04.81 or Z04.82 instead of T76.</source>
        <translation>Si la sospecha se descarta durante la consulta, use Z04.81 o Z04.82 en lugar de T76.</translation>
    </message>
    <message>
        <source>Add a code for any current injury.</source>
        <translation>Agregue un código para cualquier lesión actual.</translation>
    </message>
    <message>
        <source>Suspected, from a screening; initial encounter.</source>
        <translation>Sospecha, a partir de una evaluación; consulta inicial.</translation>
    </message>
    <message>
        <source>Suspected, from a screening; initial encounter. The age at the act and at the encounter differ or are unknown, and the coding rule is not settled: choose the child or the adult code.</source>
        <translation>Sospecha, a partir de una evaluación; consulta inicial. La edad al momento del acto y en la consulta difieren o se desconocen, y la regla de codificación no está definida: elija el código infantil o el de persona adulta.</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No answer to this question carries an indicator.</source>
        <translation>Ninguna respuesta a esta pregunta lleva un indicador.</translation>
    </message>
    <message>
        <source>Answers so far that carry an indicator: %1</source>
        <translation>Respuestas hasta ahora que llevan un indicador: %1</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>deception or a false promise about the work</source>
        <translation>engaño o falsa promesa sobre el trabajo</translation>
    </message>
    <message>
        <source>passport or identity papers held by someone else</source>
        <translation>pasaporte o documentos de identidad en poder de otra persona</translation>
    </message>
    <message>
        <source>a debt owed to an employer or recruiter</source>
        <translation>una deuda con un empleador o reclutador</translation>
    </message>
    <message>
        <source>not free to leave, movement restricted or isolated</source>
        <translation>sin libertad para irse, con movimientos restringidos o aislada</translation>
    </message>
    <message>
        <source>threats to the person or their family, including deportation or arrest</source>
        <translation>amenazas a la persona o a su familia, incluida la deportación o el arresto</translation>
    </message>
    <message>
        <source>physical or sexual violence</source>
        <translation>violencia física o sexual</translation>
    </message>
    <message>
        <source>sex exchanged for something of value</source>
        <translation>sexo a cambio de algo de valor</translation>
    </message>
    <message>
        <source>sex exchanged for something of value while under 18</source>
        <translation>sexo a cambio de algo de valor siendo menor de 18 años</translation>
    </message>
    <message>
        <source>wages unpaid, withheld or far too low, or excessive hours</source>
        <translation>salario no pagado, retenido o demasiado bajo, o jornadas excesivas</translation>
    </message>
    <message>
        <source>migration, foreign birth or immigration status</source>
        <translation>migración, nacimiento en el extranjero o situación migratoria</translation>
    </message>
    <message>
        <source>a vulnerability such as homelessness, running away or child-welfare history</source>
        <translation>una vulnerabilidad como no tener hogar, haberse escapado o haber pasado por protección infantil</translation>
    </message>
</context>
<context>
    <name>InstrumentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>Instrument preview</source>
        <translation>Vista previa del instrumento</translation>
    </message>
    <message>
        <source>Training mode: a read-only walk through the questions. Nothing here is saved.</source>
        <translation>Modo de capacitación: un recorrido de solo lectura por las preguntas. Aquí no se guarda nada.</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Idioma de la vista previa</translation>
    </message>
    <message>
        <source>Section position</source>
        <translation>Posición de la sección</translation>
    </message>
    <message>
        <source>Section preview</source>
        <translation>Vista previa de la sección</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Section %1 of %2</source>
        <translation>Sección %1 de %2</translation>
    </message>
    <message>
        <source>Asked only when: %1</source>
        <translation>Se pregunta solo si: %1</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>The instrument %1 is not installed.</source>
        <translation>El instrumento %1 no está instalado.</translation>
    </message>
    <message>
        <source>Install it (or the version this screening began with), then open it again.</source>
        <translation>Instálelo (o la versión con la que empezó esta evaluación) y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>%1 version %2 is already installed from %3</source>
        <translation>%1 versión %2 ya está instalado desde %3</translation>
    </message>
    <message>
        <source>(folder)</source>
        <translation>(carpeta)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no se encontró</translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; is installed</source>
        <translation>no hay ningún instrumento &apos;%1&apos; instalado</translation>
    </message>
    <message>
        <source>the file must be stored as %1/%2.yaml</source>
        <translation>el archivo debe guardarse como %1/%2.yaml</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the languages (%2)</source>
        <translation>&apos;%1&apos; no es uno de los idiomas (%2)</translation>
    </message>
    <message>
        <source>an instrument cannot recommend itself</source>
        <translation>un instrumento no puede recomendarse a sí mismo</translation>
    </message>
    <message>
        <source>&apos;choices&apos; is missing: %1 needs at least 2 choices</source>
        <translation>falta &apos;choices&apos;: %1 necesita al menos 2 opciones</translation>
    </message>
    <message>
        <source>only select_one and select_multiple have choices</source>
        <translation>solo select_one y select_multiple tienen opciones</translation>
    </message>
    <message>
        <source>only yes_no questions carry indicators here; put them on the choices</source>
        <translation>aquí solo las preguntas yes_no llevan indicadores; póngalos en las opciones</translation>
    </message>
    <message>
        <source>only yes_no questions carry elements here; put them on the choices</source>
        <translation>aquí solo las preguntas yes_no llevan elementos; póngalos en las opciones</translation>
    </message>
    <message>
        <source>a note has no answer, so it has no &apos;%1&apos;</source>
        <translation>una nota no tiene respuesta, así que no tiene &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;constraint_message&apos; is missing: a constraint needs one</source>
        <translation>falta &apos;constraint_message&apos;: una restricción necesita uno</translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; for this message</source>
        <translation>no hay &apos;%1&apos; para este mensaje</translation>
    </message>
    <message>
        <source>choice value &apos;%1&apos; is used twice in this question</source>
        <translation>el valor de opción &apos;%1&apos; se usa dos veces en esta pregunta</translation>
    </message>
    <message>
        <source>no built-in words for yes and no in %1; use select_one with choices</source>
        <translation>no hay palabras incorporadas para sí y no en %1; use select_one con opciones</translation>
    </message>
    <message>
        <source>section name &apos;%1&apos; is already used at %2</source>
        <translation>el nombre de sección &apos;%1&apos; ya se usa en %2</translation>
    </message>
    <message>
        <source>question name &apos;%1&apos; is already used at %2</source>
        <translation>el nombre de pregunta &apos;%1&apos; ya se usa en %2</translation>
    </message>
    <message>
        <source>missing translation: %1</source>
        <translation>falta la traducción: %1</translation>
    </message>
    <message>
        <source>language %1 is not in the instrument&apos;s languages (%2)</source>
        <translation>el idioma %1 no está entre los idiomas del instrumento (%2)</translation>
    </message>
    <message>
        <source>Correct the instrument file and load it again.</source>
        <translation>Corrija el archivo del instrumento y cárguelo de nuevo.</translation>
    </message>
    <message>
        <source>relevance cycle: %1</source>
        <translation>ciclo de relevancia: %1</translation>
    </message>
    <message>
        <source>section &apos;%1&apos;</source>
        <translation>sección &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a language code (two or three lower-case letters, such as en or es)</source>
        <translation>un código de idioma (dos o tres letras minúsculas, como en o es)</translation>
    </message>
    <message>
        <source>a name (letters, digits and _, not starting with a digit)</source>
        <translation>un nombre (letras, dígitos y _, sin empezar con un dígito)</translation>
    </message>
    <message>
        <source>an id (lower-case letters, digits and _, starting with a letter)</source>
        <translation>un id (letras minúsculas, dígitos y _, empezando con una letra)</translation>
    </message>
    <message>
        <source>an indicator code from D01 to D11</source>
        <translation>un código de indicador de D01 a D11</translation>
    </message>
    <message>
        <source>only these elements can be stated by an answer itself; force, fraud, coercion, the labor purpose and the age at the act need indicator codes</source>
        <translation>solo estos elementos pueden indicarse con la respuesta misma; la fuerza, el fraude, la coerción, el fin laboral y la edad al momento del acto necesitan códigos de indicador</translation>
    </message>
    <message>
        <source>a choice value (letters, digits and _)</source>
        <translation>un valor de opción (letras, dígitos y _)</translation>
    </message>
    <message>
        <source>a version such as 1.0 or 1.2.0</source>
        <translation>una versión como 1.0 o 1.2.0</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>falta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; no es uno de: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <translation>&apos;%1&apos; no es %2</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>necesita al menos %n elemento</numerusform>
            <numerusform>necesita al menos %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>lists %1 more than once</source>
        <translation>incluye %1 más de una vez</translation>
    </message>
    <message>
        <source>a mapping (key: value lines)</source>
        <translation>un mapeo (líneas clave: valor)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
    </message>
    <message>
        <source> (put it in quotes: &quot;%1&quot;)</source>
        <translation> (póngalo entre comillas: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapeo</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (¿quiso decir &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>se esperaba un mapeo</translation>
    </message>
    <message>
        <source>a key must be a plain word</source>
        <translation>una clave debe ser una palabra simple</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>clave duplicada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(archivo)</translation>
    </message>
    <message>
        <source>is larger than %1 bytes</source>
        <translation>ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x%1); save the file as UTF-8</source>
        <translation>no es texto UTF-8 (byte 0x%1); guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>holds the control character U+%1, which YAML does not allow</source>
        <translation>contiene el carácter de control U+%1, que YAML no permite</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>tiene demasiados niveles de anidación</translation>
    </message>
    <message>
        <source>holds a value that cannot be read: %1</source>
        <translation>contiene un valor que no se puede leer: %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>must hold one instrument: a mapping of keys such as id, version, sections</source>
        <translation>debe contener un instrumento: un mapeo de claves como id, version, sections</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>sintaxis YAML: %1</translation>
    </message>
    <message>
        <source>expands to more than %1 values</source>
        <translation>se expande a más de %1 valores</translation>
    </message>
    <message>
        <source>%1 version %2 is already installed.</source>
        <translation>%1 versión %2 ya está instalado.</translation>
    </message>
    <message>
        <source>Give the workbook a higher version in its settings sheet, then import it.</source>
        <translation>Asigne al libro una versión más alta en su hoja settings y luego impórtelo.</translation>
    </message>
</context>
<context>
    <name>InstrumentsModel</name>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incorporado</translation>
    </message>
    <message>
        <source>Imported %1 by %2</source>
        <translation>Importado el %1 por %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>InstrumentsView</name>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Libros XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation>Importar XLSForm</translation>
    </message>
    <message>
        <source>Export XLSForm</source>
        <translation>Exportar XLSForm</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>No se puede escribir el archivo %1: %2</translation>
    </message>
    <message>
        <source>Installed instruments</source>
        <translation>Instrumentos instalados</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation>Secciones y preguntas</translation>
    </message>
    <message>
        <source>Section or question</source>
        <translation>Sección o pregunta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Problems and warnings of the last import appear here.</source>
        <translation>Aquí aparecen los problemas y advertencias de la última importación.</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm...</source>
        <translation>&amp;Importar XLSForm...</translation>
    </message>
    <message>
        <source>E&amp;xport XLSForm...</source>
        <translation>E&amp;xportar XLSForm...</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Disable or enable instrument</source>
        <translation>Desactivar o activar el instrumento</translation>
    </message>
    <message>
        <source>&amp;Preview in training mode...</source>
        <translation>Vista &amp;previa en modo de capacitación...</translation>
    </message>
    <message>
        <source>Preview instrument</source>
        <translation>Vista previa del instrumento</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Imported %1 %2; it is enabled for new screenings.</source>
        <translation>Se importó %1 %2; está activado para evaluaciones nuevas.</translation>
    </message>
    <message numerus="yes">
        <source>The workbook was not imported. It has %n problem(s):</source>
        <translation>
            <numerusform>El libro no se importó. Tiene este problema (%n):</numerusform>
            <numerusform>El libro no se importó. Tiene %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>Se exportó %1 %2 a %3.</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Hide guidance</source>
        <translation>Ocultar la orientación</translation>
    </message>
    <message>
        <source>S&amp;how guidance</source>
        <translation>Mostrar &amp;orientación</translation>
    </message>
    <message>
        <source>Show guidance</source>
        <translation>Mostrar la orientación</translation>
    </message>
    <message>
        <source>For you, not the person: hide it while they can read the screen. It stays hidden until shown.</source>
        <translation>Es para usted, no para la persona: ocúltela mientras la persona pueda leer la pantalla. Queda oculta hasta que la vuelva a mostrar.</translation>
    </message>
    <message>
        <source>Case and section</source>
        <translation>Caso y sección</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>Número de pregunta</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Question in your language</source>
        <translation>Pregunta en su idioma</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Respuesta actual</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>Comentario del supervisor</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Show &amp;indicators</source>
        <translation>Mostrar &amp;indicadores</translation>
    </message>
    <message>
        <source>Show indicators</source>
        <translation>Mostrar indicadores</translation>
    </message>
    <message>
        <source>For the screener only; hidden again on the next question.</source>
        <translation>Solo para el evaluador; se oculta de nuevo en la siguiente pregunta.</translation>
    </message>
    <message>
        <source>Guidance for this section</source>
        <translation>Orientación para esta sección</translation>
    </message>
    <message>
        <source>&lt; &amp;Back  [PgUp]</source>
        <translation>&lt; A&amp;nterior  [RePág]</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>&amp;Next &gt;  [PgDn]</source>
        <translation>&amp;Siguiente &gt;  [AvPág]</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause interview</source>
        <translation>Pausar la entrevista</translation>
    </message>
    <message>
        <source>Back to the list; every answer is kept and the interview resumes here.</source>
        <translation>Volver a la lista; se conservan todas las respuestas y la entrevista continúa aquí.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation>Revisar respuestas</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Hide guidance</source>
        <translation>Ocultar &amp;orientación</translation>
    </message>
    <message>
        <source>All answers saved</source>
        <translation>Todas las respuestas guardadas</translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1</source>
        <translation>Devuelta por el supervisor: %1</translation>
    </message>
    <message>
        <source>Case %1  -  %2</source>
        <translation>Caso %1  -  %2</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %2, %n answered</source>
        <translation>
            <numerusform>Pregunta %1 de %2, %n respondida</numerusform>
            <numerusform>Pregunta %1 de %2, %n respondidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed:</source>
        <translation>Se necesita:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Verifique:</translation>
    </message>
    <message>
        <source>Current answer: %1</source>
        <translation>Respuesta actual: %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>The answer was not saved: %1</source>
        <translation>La respuesta no se guardó: %1</translation>
    </message>
    <message>
        <source>Show the supervisor&apos;s comment</source>
        <translation>Mostrar el comentario del supervisor</translation>
    </message>
    <message>
        <source>Interview finished</source>
        <translation>Entrevista terminada</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>Abrir la revisión</translation>
    </message>
    <message>
        <source>Shows every answer and the result: for the screener only.</source>
        <translation>Muestra todas las respuestas y el resultado: solo para el evaluador.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment: press to hide</source>
        <translation>Comentario del supervisor: presione para ocultarlo</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment: press to show</source>
        <translation>Comentario del supervisor: presione para mostrarlo</translation>
    </message>
    <message>
        <source>S&amp;top here...</source>
        <translation>De&amp;tener aquí...</translation>
    </message>
    <message>
        <source>Stop the interview</source>
        <translation>Detener la entrevista</translation>
    </message>
    <message>
        <source>The person does not want to go on: the questions not answered yet are saved as declined.</source>
        <translation>La persona no quiere continuar: las preguntas aún sin responder se guardan como «Prefirió no responder».</translation>
    </message>
    <message>
        <source>Stop the interview here?</source>
        <translation>¿Detener la entrevista aquí?</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Detener aquí</translation>
    </message>
    <message>
        <source>The interview is stopped.</source>
        <translation>La entrevista se detuvo.</translation>
    </message>
    <message>
        <source>All questions are done.</source>
        <translation>Ya se hicieron todas las preguntas.</translation>
    </message>
    <message>
        <source>Thank the person. Open the review when the screen is turned away.</source>
        <translation>Agradezca a la persona. Abra la revisión cuando la pantalla ya no esté a su vista.</translation>
    </message>
    <message numerus="yes">
        <source>The %n question(s) not answered yet are saved as declined: not asked, as the interview stopped here, and never read as a &quot;no&quot;. Until the screening is finalized, each can still be answered from the review.</source>
        <translation>
            <numerusform>La %n pregunta aún sin responder se guarda como «Prefirió no responder»: no se hizo, porque la entrevista se detuvo aquí, y nunca se lee como un «no». Hasta que la evaluación se finalice, aún puede responderse desde la revisión.</numerusform>
            <numerusform>Las %n preguntas aún sin responder se guardan como «Prefirió no responder»: no se hicieron, porque la entrevista se detuvo aquí, y nunca se leen como un «no». Hasta que la evaluación se finalice, cada una puede responderse aún desde la revisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions have no answer yet.</source>
        <translation>
            <numerusform>%n pregunta todavía no tiene respuesta.</numerusform>
            <numerusform>%n preguntas todavía no tienen respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to the first one, or open the review when the screen is turned away.</source>
        <translation>Vuelva a la primera o abra la revisión cuando la pantalla ya no esté a la vista de la persona.</translation>
    </message>
    <message>
        <source>&amp;Go to the first unanswered question</source>
        <translation>Ir a &amp;la primera pregunta sin respuesta</translation>
    </message>
    <message>
        <source>Go to the first unanswered question</source>
        <translation>Ir a la primera pregunta sin respuesta</translation>
    </message>
    <message>
        <source>Saving... wait for the next question</source>
        <translation>Guardando... espere a la siguiente pregunta</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>The office key, just made</source>
        <translation>La clave de la oficina, recién creada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Indicators: sex</source>
        <translation>Indicadores: ámbito sexual</translation>
    </message>
    <message>
        <source>Indicators: labor</source>
        <translation>Indicadores: ámbito laboral</translation>
    </message>
    <message>
        <source>Indicators: sex and labor</source>
        <translation>Indicadores: ámbito sexual y laboral</translation>
    </message>
    <message>
        <source>No indicators identified</source>
        <translation>No se identificaron indicadores</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>No concluyente</translation>
    </message>
    <message>
        <source>Written for adults (18 and over).</source>
        <translation>Escrito para personas adultas (18 años o más).</translation>
    </message>
    <message>
        <source>Written for young people under 18.</source>
        <translation>Escrito para jóvenes menores de 18 años.</translation>
    </message>
    <message>
        <source>Written for adults and young people.</source>
        <translation>Escrito para personas adultas y jóvenes.</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Autoridades policiales</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Atención de salud</translation>
    </message>
    <message>
        <source>Social service</source>
        <translation>Servicios sociales</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unable to tell</source>
        <translation>No se puede saber</translation>
    </message>
    <message>
        <source>U.S. citizen</source>
        <translation>Ciudadano/a de EE. UU.</translation>
    </message>
    <message>
        <source>Lawful permanent resident</source>
        <translation>Residente permanente legal</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>Persona extranjera</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>Por video</translation>
    </message>
    <message>
        <source>No connection to the person</source>
        <translation>Sin relación con la persona</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Intérprete profesional</translation>
    </message>
    <message>
        <source>A relative of the person</source>
        <translation>Un familiar de la persona</translation>
    </message>
    <message>
        <source>Someone who came with the person</source>
        <translation>Alguien que vino con la persona</translation>
    </message>
    <message>
        <source>Another connection</source>
        <translation>Otra relación</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Prefirió no responder</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitida: %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <source>After a finalize, an amendment or an action marked done</source>
        <translation>Después de finalizar, corregir o marcar una acción como realizada</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translation>Antes de restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Before the database was updated</source>
        <translation>Antes de actualizar la base de datos</translation>
    </message>
    <message>
        <source>After an account was removed</source>
        <translation>Después de eliminar una cuenta</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Why it is locked</source>
        <translation>Por qué está bloqueado</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Ca&amp;mbiar de usuario</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <source>Sign out %1 and let someone else sign in.</source>
        <translation>Cerrar la sesión de %1 y permitir que otra persona inicie sesión.</translation>
    </message>
    <message>
        <source>fieldscreen locked itself after a time without use.</source>
        <translation>fieldscreen se bloqueó tras un tiempo sin uso.</translation>
    </message>
    <message>
        <source>Please sign in again: it is required at least every 12 hours.</source>
        <translation>Inicie sesión de nuevo: se requiere al menos cada 12 horas.</translation>
    </message>
</context>
<context>
    <name>Look</name>
    <message>
        <source>TRAINING - practice data only. Nothing here is a real case.</source>
        <translation>CAPACITACIÓN - solo datos de práctica. Nada de esto es un caso real.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Modo de capacitación</translation>
    </message>
    <message>
        <source>TRAINING - %1</source>
        <translation>CAPACITACIÓN - %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>My acco&amp;unt</source>
        <translation>Mi c&amp;uenta</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>Cambiar mi &amp;contraseña...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Hide everything now and lock (%1)</source>
        <translation>Ocultar todo ahora y bloquear (%1)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Áreas de la aplicación</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>%1 Practice account: %2, password: %3</source>
        <translation>%1 Cuenta de práctica: %2, contraseña: %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Practice with training cases...</source>
        <translation>&amp;Practicar con casos de capacitación...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Sesión iniciada: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>This screening is not finalized yet: the receiving office learns that this was done from its packet, once it is finalized.</source>
        <translation>Esta evaluación aún no está finalizada: la oficina receptora sabrá que esto se hizo por su paquete, cuando se finalice.</translation>
    </message>
    <message>
        <source>Screening not finalized</source>
        <translation>Evaluación no finalizada</translation>
    </message>
    <message>
        <source>This screening was returned to its screener: the receiving office learns that this was done from the next packet, once the screening is finalized again.</source>
        <translation>Esta evaluación se devolvió a quien la hizo: la oficina receptora sabrá que esto se hizo por el próximo paquete, cuando la evaluación se finalice de nuevo.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <source>%1 for case %2</source>
        <translation>%1 para el caso %2</translation>
    </message>
    <message>
        <source>Due %1. Recipient: %2</source>
        <translation>Vence el %1. Destinatario: %2</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Realizada por</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>for example the HHS request number</source>
        <translation>por ejemplo, el número de solicitud del HHS</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como realizada</translation>
    </message>
    <message>
        <source>Confirm mark done</source>
        <translation>Confirmar marcar como realizada</translation>
    </message>
    <message>
        <source>Done &amp;at</source>
        <translation>Realizada &amp;el</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>M&amp;ostrar contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Password feedback</source>
        <translation>Comentarios sobre la contraseña</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation>Repe&amp;tir contraseña</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Escriba una contraseña.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>At least 15 characters. Any letters, spaces and symbols are fine: a phrase of several words is easy to remember and hard to guess.</source>
        <translation>Al menos 15 caracteres. Se admiten letras, espacios y símbolos: una frase de varias palabras es fácil de recordar y difícil de adivinar.</translation>
    </message>
    <message>
        <source>This password meets the rules.</source>
        <translation>Esta contraseña cumple las reglas.</translation>
    </message>
</context>
<context>
    <name>NewScreeningView</name>
    <message>
        <source>Still needed</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel new screening</source>
        <translation>Cancelar la evaluación nueva</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>Back to before you begin</source>
        <translation>Volver a Antes de empezar</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue to the person</source>
        <translation>Continuar con los datos de la persona</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>&amp;Iniciar entrevista</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Iniciar entrevista</translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
</context>
<context>
    <name>OfficeKeyView</name>
    <message>
        <source>Office key</source>
        <translation>Clave de la oficina</translation>
    </message>
    <message>
        <source>Office key status</source>
        <translation>Estado de la clave de la oficina</translation>
    </message>
    <message>
        <source>&amp;Import office key...</source>
        <translation>&amp;Importar clave de la oficina...</translation>
    </message>
    <message>
        <source>Import office key</source>
        <translation>Importar clave de la oficina</translation>
    </message>
    <message>
        <source>Make this the &amp;receiving office...</source>
        <translation>Convertir en oficina &amp;receptora...</translation>
    </message>
    <message>
        <source>Make this the receiving office</source>
        <translation>Convertir esta instalación en la oficina receptora</translation>
    </message>
    <message>
        <source>&amp;Export public key...</source>
        <translation>&amp;Exportar clave pública...</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Exportar clave pública</translation>
    </message>
    <message>
        <source>Key to import</source>
        <translation>Clave que se importará</translation>
    </message>
    <message>
        <source>Import &amp;this key</source>
        <translation>Importar es&amp;ta clave</translation>
    </message>
    <message>
        <source>Import this key</source>
        <translation>Importar esta clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Office key result</source>
        <translation>Resultado de la clave de la oficina</translation>
    </message>
    <message>
        <source>This installation is the receiving office %1. Key fingerprint: %2.</source>
        <translation>Esta instalación es la oficina receptora %1. Huella digital de la clave: %2.</translation>
    </message>
    <message>
        <source>Packets are sealed for %1. Key fingerprint: %2.</source>
        <translation>Los paquetes se sellan para %1. Huella digital de la clave: %2.</translation>
    </message>
    <message>
        <source>No office key imported: packets wait here unsealed and are not sent.</source>
        <translation>No hay clave de la oficina importada: los paquetes esperan aquí sin sellar y no se envían.</translation>
    </message>
    <message>
        <source>Office: %1. Created: %2. Fingerprint: %3. Call the office and compare the fingerprint before importing.</source>
        <translation>Oficina: %1. Creada: %2. Huella digital: %3. Llame a la oficina y compare la huella digital antes de importar.</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>fieldscreen office key</source>
        <translation>clave de oficina de fieldscreen</translation>
    </message>
    <message>
        <source>Office key imported. Packets sealed and queued now: %1.</source>
        <translation>Clave de la oficina importada. Paquetes sellados y en cola ahora: %1.</translation>
    </message>
    <message>
        <source>This installation will receive and open the packets of field laptops. Its private key never leaves this installation&apos;s encrypted database. Do this only on the receiving office&apos;s computer.</source>
        <translation>Esta instalación recibirá y abrirá los paquetes de las computadoras de campo. Su clave privada nunca sale de la base de datos cifrada de esta instalación. Haga esto solo en la computadora de la oficina receptora.</translation>
    </message>
    <message>
        <source>Confirm receiving office</source>
        <translation>Confirmar oficina receptora</translation>
    </message>
    <message>
        <source>This is now the receiving office. Key fingerprint: %1.</source>
        <translation>Esta es ahora la oficina receptora. Huella digital de la clave: %1.</translation>
    </message>
    <message>
        <source>Public key written to %1.</source>
        <translation>Clave pública escrita en %1.</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>No backup could be made (see the log). Copy the data folder to a safe place off this computer now: the office&apos;s private key exists nowhere else, and without it no packet sealed for this office can be opened.</source>
        <translation>No se pudo hacer una copia de seguridad (vea el registro). Copie ahora la carpeta de datos a un lugar seguro fuera de esta computadora: la clave privada de la oficina no existe en ningún otro lugar y, sin ella, no se podrá abrir ningún paquete sellado para esta oficina.</translation>
    </message>
    <message>
        <source>A backup holding the office&apos;s private key was made: %1. Copy it, or the whole data folder, to a safe place off this computer now: the key exists nowhere else, and without it no packet sealed for this office can be opened.</source>
        <translation>Se hizo una copia de seguridad con la clave privada de la oficina: %1. Cópiela, o toda la carpeta de datos, ahora a un lugar seguro fuera de esta computadora: la clave no existe en ningún otro lugar y, sin ella, no se podrá abrir ningún paquete sellado para esta oficina.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Set up fieldscreen on this computer</source>
        <translation>Configurar fieldscreen en esta computadora</translation>
    </message>
    <message>
        <source>Everything fieldscreen keeps is stored encrypted on this computer. Start with where it is used.</source>
        <translation>Todo lo que guarda fieldscreen se almacena cifrado en esta computadora. Empiece por indicar dónde se usa.</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nombre de la agencia</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>Setting up takes a few minutes. You will name your agency and office, create the administrator account, and write down a recovery key. Have a pen and paper ready.</source>
        <translation>La configuración toma unos minutos. Indicará el nombre de su agencia y oficina, creará la cuenta de administrador y anotará una clave de recuperación. Tenga a mano papel y lápiz.</translation>
    </message>
    <message>
        <source>Both names appear on referral packets. An administrator can change them later.</source>
        <translation>Ambos nombres aparecen en los paquetes de derivación. Un administrador puede cambiarlos más adelante.</translation>
    </message>
    <message>
        <source>&amp;Agency name</source>
        <translation>Nombre de la a&amp;gencia</translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation>Nombre de la &amp;oficina</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Only a delivered packet can be sent again: this one is still waiting to be sent.</source>
        <translation>Solo se puede enviar de nuevo un paquete entregado: este todavía espera a ser enviado.</translation>
    </message>
    <message>
        <source>The interpreter was a relative or companion of the person: the answers may be incomplete or shaped by them. A new screening with a neutral interpreter is advised.</source>
        <translation>El intérprete era un familiar o acompañante de la persona: las respuestas pueden estar incompletas o influidas por esa persona. Se recomienda una nueva evaluación con un intérprete neutral.</translation>
    </message>
    <message>
        <source>The interpreter knew the person.</source>
        <translation>El intérprete conocía a la persona.</translation>
    </message>
    <message>
        <source>The person was not recorded as alone during the interview.</source>
        <translation>No se registró que la persona estuviera sola durante la entrevista.</translation>
    </message>
    <message>
        <source>The setting was not recorded as private.</source>
        <translation>No se registró que el lugar fuera privado.</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>por video</translation>
    </message>
    <message>
        <source>professional interpreter</source>
        <translation>intérprete profesional</translation>
    </message>
    <message>
        <source>a relative of the person</source>
        <translation>un familiar de la persona</translation>
    </message>
    <message>
        <source>a companion of the person</source>
        <translation>un acompañante de la persona</translation>
    </message>
    <message>
        <source>other relationship</source>
        <translation>otra relación</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>un intérprete</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Prefers a woman</source>
        <translation>Prefiere a una mujer</translation>
    </message>
    <message>
        <source>Prefers a man</source>
        <translation>Prefiere a un hombre</translation>
    </message>
    <message>
        <source>Private place</source>
        <translation>Lugar privado</translation>
    </message>
    <message>
        <source>Person alone</source>
        <translation>Persona a solas</translation>
    </message>
    <message>
        <source>Interviewer gender preference</source>
        <translation>Preferencia de género de quien entrevista</translation>
    </message>
    <message>
        <source>Only a finalized screening has a referral packet.</source>
        <translation>Solo una evaluación finalizada tiene paquete de derivación.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Código de caso</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Entregado el %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Waiting (see the last error)</source>
        <translation>En espera (vea el último error)</translation>
    </message>
</context>
<context>
    <name>OutboxPlace</name>
    <message>
        <source>Training: practice packets are kept here to look at and export, but they are never sealed or sent, whatever office key or sync folder is set.</source>
        <translation>Entrenamiento: los paquetes de práctica se guardan aquí para verlos y exportarlos, pero nunca se sellan ni se envían, sea cual sea la clave de la oficina o la carpeta de sincronización configurada.</translation>
    </message>
    <message>
        <source>Do this when the receiving office says it could not open this packet (sealed for another office&apos;s key, or damaged on the way). It is sealed again for the office key imported now and waits here until the next sync. If the office did open it, it keeps the copy it has.</source>
        <translation>Hágalo cuando la oficina receptora diga que no pudo abrir este paquete (sellado con la clave de otra oficina, o dañado por el camino). Se sella de nuevo con la clave de oficina importada ahora y espera aquí hasta la próxima sincronización. Si la oficina sí lo abrió, conserva la copia que tiene.</translation>
    </message>
    <message>
        <source>For a delivered packet the receiving office could not open: seal it again and send it once more.</source>
        <translation>Para un paquete entregado que la oficina receptora no pudo abrir: sellarlo de nuevo y enviarlo otra vez.</translation>
    </message>
    <message>
        <source>Send &amp;again...</source>
        <translation>Enviar de &amp;nuevo...</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>Send the packet of case %1 (version %2) again?</source>
        <translation>¿Enviar de nuevo el paquete del caso %1 (versión %2)?</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Referral packets wait here, sealed for the receiving office, until this computer can send them to the sync folder or office server. fieldscreen tries every few minutes; nothing is ever dropped.</source>
        <translation>Los paquetes de derivación esperan aquí, sellados para la oficina receptora, hasta que esta computadora pueda enviarlos a la carpeta de sincronización o al servidor de la oficina. fieldscreen lo intenta cada pocos minutos; nunca se descarta nada.</translation>
    </message>
    <message>
        <source>Packets waiting</source>
        <translation>Paquetes en espera</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último envío correcto</translation>
    </message>
    <message>
        <source>Sync target</source>
        <translation>Destino de sincronización</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync result</source>
        <translation>Resultado de la sincronización</translation>
    </message>
    <message>
        <source>E&amp;xport packets...</source>
        <translation>E&amp;xportar paquetes...</translation>
    </message>
    <message>
        <source>Export packets</source>
        <translation>Exportar paquetes</translation>
    </message>
    <message>
        <source>Outbox items</source>
        <translation>Elementos de la bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Receive packets now</source>
        <translation>&amp;Recibir paquetes ahora</translation>
    </message>
    <message>
        <source>Receive packets now</source>
        <translation>Recibir paquetes ahora</translation>
    </message>
    <message>
        <source>Receive result</source>
        <translation>Resultado de la recepción</translation>
    </message>
    <message>
        <source>Received packets</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <source>Packets waiting: %1</source>
        <translation>Paquetes en espera: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last delivery confirmed: %1</source>
        <translation>Última entrega confirmada: %1</translation>
    </message>
    <message>
        <source>Packets go to: %1</source>
        <translation>Los paquetes van a: %1</translation>
    </message>
    <message>
        <source>No sync folder or office server is set up.</source>
        <translation>No hay carpeta de sincronización ni servidor de la oficina configurados.</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent. %1</source>
        <translation>No había nada esperando a ser enviado. %1</translation>
    </message>
    <message numerus="yes">
        <source>Received %n new packet(s).</source>
        <translation>
            <numerusform>Se recibió %n paquete nuevo.</numerusform>
            <numerusform>Se recibieron %n paquetes nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported:</source>
        <translation>
            <numerusform>No se pudo importar %n:</numerusform>
            <numerusform>No se pudieron importar %n:</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 not sealed yet: the list shows them once sealed for the office)</source>
        <translation>(%1 sin sellar todavía: la lista los muestra una vez sellados para la oficina)</translation>
    </message>
    <message>
        <source>Previe&amp;w...</source>
        <translation>Vista pr&amp;evia...</translation>
    </message>
    <message>
        <source>Preview received packet</source>
        <translation>Vista previa del paquete recibido</translation>
    </message>
    <message>
        <source>Expor&amp;t...</source>
        <translation>Expor&amp;tar...</translation>
    </message>
    <message>
        <source>Export received packets</source>
        <translation>Exportar paquetes recibidos</translation>
    </message>
    <message>
        <source>About the outbox</source>
        <translation>Acerca de la bandeja de salida</translation>
    </message>
    <message>
        <source>No packets received yet. Receive packets now brings in the packets waiting in the sync folder or on the office server.</source>
        <translation>Todavía no se ha recibido ningún paquete. Recibir paquetes ahora trae los paquetes que esperan en la carpeta de sincronización o en el servidor de la oficina.</translation>
    </message>
    <message>
        <source>No sync folder or office server is set up: packets cannot be received.</source>
        <translation>No hay ninguna carpeta de sincronización ni servidor de la oficina configurados: no se pueden recibir paquetes.</translation>
    </message>
    <message>
        <source>Packets arrive in: %1</source>
        <translation>Los paquetes llegan a: %1</translation>
    </message>
    <message>
        <source>This is the receiving office: referral packets sealed for it arrive from the field laptops in the sync folder or on the office server, and supervisors and administrators receive them here. Screenings finalized on this computer wait in the outbox until they are sent there too.</source>
        <translation>Esta es la oficina receptora: los paquetes de derivación sellados para ella llegan desde las computadoras portátiles de campo a la carpeta de sincronización o al servidor de la oficina, y los supervisores y administradores los reciben aquí. Las evaluaciones finalizadas en esta computadora esperan en la bandeja de salida hasta que también se envían allí.</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n year(s) (estimated)</source>
        <translation>
            <numerusform>Alrededor de %n año (estimación)</numerusform>
            <numerusform>Alrededor de %n años (estimación)</numerusform>
        </translation>
    </message>
    <message>
        <source>Age when discovered</source>
        <translation>Edad al ser identificada</translation>
    </message>
    <message>
        <source>%1: under 18</source>
        <translation>%1: menor de 18 años</translation>
    </message>
    <message>
        <source>TRAINING: practice data</source>
        <translation>CAPACITACIÓN: datos de práctica</translation>
    </message>
    <message>
        <source>The person&apos;s details were changed after the return; Person and interview shows them as they are now.</source>
        <translation>Los datos de la persona se cambiaron después de la devolución; Persona y entrevista los muestra como están ahora.</translation>
    </message>
    <message>
        <source>The interview&apos;s details were changed after the return; Person and interview shows them as they are now.</source>
        <translation>Los datos de la entrevista se cambiaron después de la devolución; Persona y entrevista los muestra como están ahora.</translation>
    </message>
    <message>
        <source>Interview conditions</source>
        <translation>Condiciones de la entrevista</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Prefirió no responder</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Left: as asked, in %1. Right: in English.</source>
        <translation>Izquierda: tal como se preguntó, en %1. Derecha: en inglés.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Result category</source>
        <translation>Categoría del resultado</translation>
    </message>
    <message>
        <source>Instrument&apos;s screen result</source>
        <translation>Resultado del instrumento</translation>
    </message>
    <message>
        <source>Reasons: the answers that produced this result</source>
        <translation>Motivos: las respuestas que produjeron este resultado</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Indica</translation>
    </message>
    <message>
        <source>Reason for skipping: %1</source>
        <translation>Motivo de la omisión: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Fundamento legal: %1</translation>
    </message>
    <message>
        <source>What must happen next</source>
        <translation>Lo que debe hacerse a continuación</translation>
    </message>
    <message>
        <source>No referral action was recorded.</source>
        <translation>No se registró ninguna acción de derivación.</translation>
    </message>
    <message>
        <source>No legal deadline</source>
        <translation>Sin plazo legal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Who and why</source>
        <translation>Quién y por qué</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation>Otros nombres usados</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Edad estimada</translation>
    </message>
    <message>
        <source>Citizenship or immigration status</source>
        <translation>Ciudadanía o situación migratoria</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Time of discovery</source>
        <translation>Momento de la identificación</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Idioma de la entrevista</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Disclosure given</source>
        <translation>Se dio el aviso</translation>
    </message>
    <message>
        <source>Disclosure given at</source>
        <translation>Aviso dado el</translation>
    </message>
    <message>
        <source>Person and interview</source>
        <translation>Persona y entrevista</translation>
    </message>
    <message>
        <source>National Human Trafficking Hotline (24/7, confidential)</source>
        <translation>Línea Nacional contra la Trata de Personas (24/7, confidencial)</translation>
    </message>
    <message>
        <source>Call %1, text %2, TTY 711</source>
        <translation>Llame al %1, envíe un mensaje de texto al %2, TTY 711</translation>
    </message>
    <message>
        <source>HHS OTIP Child Protection (minors, Request for Assistance)</source>
        <translation>HHS OTIP Protección Infantil (menores, Solicitud de asistencia)</translation>
    </message>
    <message>
        <source>HHS OTIP Certification (adults)</source>
        <translation>HHS OTIP Certificación (personas adultas)</translation>
    </message>
    <message>
        <source>TVAP case management (foreign nationals)</source>
        <translation>Gestión de casos del TVAP (personas extranjeras)</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <translation>Contactos de derivación</translation>
    </message>
    <message>
        <source>Suggested code</source>
        <translation>Código sugerido</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Suggestions only, not a diagnosis: the clinician decides what to code.</source>
        <translation>Solo sugerencias, no un diagnóstico: el personal clínico decide qué codificar.</translation>
    </message>
    <message>
        <source>ICD-10-CM: suggestions for the clinician</source>
        <translation>CIE-10-MC: sugerencias para el personal clínico</translation>
    </message>
    <message>
        <source>Screener</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>Versión de las reglas</translation>
    </message>
    <message>
        <source>Packet created</source>
        <translation>Paquete creado</translation>
    </message>
    <message>
        <source>About this packet</source>
        <translation>Acerca de este paquete</translation>
    </message>
    <message>
        <source>The result lists indicators present in the answers. It supports professional judgment and is not a legal determination; declined and unknown answers are never counted as no.</source>
        <translation>El resultado enumera los indicadores presentes en las respuestas. Apoya el criterio profesional y no es una determinación legal; las respuestas no dadas o desconocidas nunca se cuentan como «no».</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>CAPACITACIÓN</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Referral packet</source>
        <translation>Paquete de derivación</translation>
    </message>
    <message>
        <source>Initial 24-hour notice to HHS (Request for Assistance)</source>
        <translation>Aviso inicial de 24 horas al HHS (Solicitud de asistencia)</translation>
    </message>
    <message>
        <source>Supplement to the initial notice to HHS</source>
        <translation>Complemento del aviso inicial al HHS</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ALTA</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>DE RUTINA</translation>
    </message>
    <message>
        <source>INFORMATION</source>
        <translation>INFORMACIÓN</translation>
    </message>
    <message>
        <source>A legal deadline of 24 hours or less</source>
        <translation>Un plazo legal de 24 horas o menos</translation>
    </message>
    <message>
        <source>Act soon</source>
        <translation>Actúe pronto</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Dé seguimiento</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nada que enviar</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>Screening support: indicators of possible trafficking, not a legal determination.</source>
        <translation>Apoyo a la evaluación: indicadores de posible trata, no una determinación legal.</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Código de caso</translation>
    </message>
    <message>
        <source>TRAINING CASE: practice data, not a real referral.</source>
        <translation>CASO DE CAPACITACIÓN: datos de práctica, no una derivación real.</translation>
    </message>
    <message>
        <source>The screening was not complete when this packet was made: it shows what was known at that time.</source>
        <translation>La evaluación no estaba completa cuando se creó este paquete: muestra lo que se sabía en ese momento.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Screening support</source>
        <translation>Apoyo a la evaluación</translation>
    </message>
    <message>
        <source>Confidential: contains personal data</source>
        <translation>Confidencial: contiene datos personales</translation>
    </message>
    <message>
        <source>Created %1 with fieldscreen</source>
        <translation>Creado el %1 con fieldscreen</translation>
    </message>
    <message>
        <source>A font needed for referral packets is missing or damaged: %1.</source>
        <translation>Falta o está dañada una fuente necesaria para los paquetes de derivación: %1.</translation>
    </message>
    <message>
        <source>Reinstall fieldscreen; no packet can be made until the font is back.</source>
        <translation>Reinstale fieldscreen; no se puede crear ningún paquete hasta recuperar la fuente.</translation>
    </message>
    <message>
        <source>Possible sex trafficking</source>
        <translation>Posible trata con fines de explotación sexual</translation>
    </message>
    <message>
        <source>Possible labor trafficking</source>
        <translation>Posible trata con fines de explotación laboral</translation>
    </message>
    <message>
        <source>Possible sex and labor trafficking</source>
        <translation>Posible trata con fines de explotación sexual y laboral</translation>
    </message>
    <message>
        <source>No indicators identified</source>
        <translation>No se identificaron indicadores</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>No concluyente</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>U.S. citizen</source>
        <translation>Ciudadano/a de EE. UU.</translation>
    </message>
    <message>
        <source>Lawful permanent resident</source>
        <translation>Residente permanente legal</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>Persona extranjera</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Law enforcement disclosure</source>
        <translation>Aviso para autoridades policiales</translation>
    </message>
    <message>
        <source>Health care disclosure</source>
        <translation>Aviso para atención de salud</translation>
    </message>
    <message>
        <source>Social services disclosure</source>
        <translation>Aviso para servicios sociales</translation>
    </message>
    <message>
        <source>Person facts</source>
        <translation>Datos de la persona</translation>
    </message>
    <message>
        <source>Indicator present: %1 (%2).</source>
        <translation>Indicador presente: %1 (%2).</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Yes: indicators present</source>
        <translation>Sí: hay indicadores presentes</translation>
    </message>
    <message>
        <source>None identified so far</source>
        <translation>Ninguno identificado hasta ahora</translation>
    </message>
    <message>
        <source>Initial notice sent</source>
        <translation>Aviso inicial enviado</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>This supplement follows the initial notice</source>
        <translation>Este complemento sigue al aviso inicial</translation>
    </message>
    <message>
        <source>Part 3: Potential trafficking concern</source>
        <translation>Parte 3: Posible situación de trata</translation>
    </message>
    <message>
        <source>Labor or services</source>
        <translation>Trabajo o servicios</translation>
    </message>
    <message>
        <source>Commercial sex</source>
        <translation>Sexo comercial</translation>
    </message>
    <message>
        <source>Circumstances known</source>
        <translation>Circunstancias conocidas</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no se ha registrado nada.</translation>
    </message>
    <message>
        <source>Any official who learns that a foreign-national child may have experienced trafficking must notify HHS within 24 hours (22 U.S.C. 7105(b)(1)(G)). Send what is known; a supplement can follow.</source>
        <translation>Todo funcionario que sepa que un menor extranjero puede haber sufrido trata debe notificar al HHS en un plazo de 24 horas (22 U.S.C. 7105(b)(1)(G)). Envíe lo que se sabe; después puede enviarse un complemento.</translation>
    </message>
    <message>
        <source>Part 1: Requester</source>
        <translation>Parte 1: Solicitante</translation>
    </message>
    <message>
        <source>Part 2: Child</source>
        <translation>Parte 2: Menor</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Why, when, by whom</source>
        <translation>Por qué, cuándo, quién</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Changed after finalizing</source>
        <translation>Cambiado después de finalizar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Changed after finalizing: see change %1 under &quot;Changed after finalizing&quot;. Answer when finalized: %2</source>
        <translation>Cambiada después de finalizar: vea el cambio %1 en «Cambiado después de finalizar». Respuesta al finalizar: %2</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>HECHO</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done %1 by %2.</source>
        <translation>Hecho el %1 por %2.</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Ningún plazo pendiente</translation>
    </message>
    <message>
        <source>No reference number recorded.</source>
        <translation>No se registró número de referencia.</translation>
    </message>
    <message>
        <source>Not recorded as done</source>
        <translation>No registrado como hecho</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Número de referencia: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>These answers were changed after the screening was finalized. The answers listed under Answers are the new ones, each marked with its change number; the answer given before is kept here.</source>
        <translation>Estas respuestas se cambiaron después de finalizar la evaluación. Las respuestas que figuran en Respuestas son las nuevas, cada una marcada con su número de cambio; aquí se conserva la respuesta dada antes.</translation>
    </message>
    <message>
        <source>Unaccompanied child in federal custody (UAC)</source>
        <translation>Menor no acompañado bajo custodia federal (UAC)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Version %1: replaces version %2 of %3</source>
        <translation>Versión %1: reemplaza la versión %2 del %3</translation>
    </message>
    <message>
        <source>Version %1: replaces versions 1 to %2 (version %2 of %3)</source>
        <translation>Versión %1: reemplaza las versiones 1 a %2 (versión %2 del %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer change(s) after finalizing: marked under Answers and listed under &quot;Changed after finalizing&quot;.</source>
        <translation>
            <numerusform>%n respuesta cambiada después de finalizar: marcada en Respuestas y detallada en «Cambiado después de finalizar».</numerusform>
            <numerusform>%n respuestas cambiadas después de finalizar: marcadas en Respuestas y detalladas en «Cambiado después de finalizar».</numerusform>
        </translation>
    </message>
    <message>
        <source>The instrument&apos;s own screen</source>
        <translation>El tamizaje del propio instrumento</translation>
    </message>
    <message>
        <source>No answer now</source>
        <translation>Sin respuesta ahora</translation>
    </message>
    <message>
        <source>Returned by the supervisor on %1 (%2): %3</source>
        <translation>Devuelta por el supervisor el %1 (%2): %3</translation>
    </message>
    <message>
        <source>Answered again after the return, with the answer now (it may be the same as before):</source>
        <translation>Respondidas de nuevo después de la devolución, con la respuesta actual (puede ser la misma que antes):</translation>
    </message>
    <message>
        <source>Without an answer now (cleared after the return, or no longer asked):</source>
        <translation>Sin respuesta ahora (borrada después de la devolución, o la pregunta ya no se hace):</translation>
    </message>
    <message>
        <source>No answer was changed after the return.</source>
        <translation>No se cambió ninguna respuesta después de la devolución.</translation>
    </message>
    <message>
        <source>Returned to the screener</source>
        <translation>Devuelta al evaluador</translation>
    </message>
    <message>
        <source>Returned to the screener on %1 and finalized again: see &quot;Returned to the screener&quot;.</source>
        <translation>Devuelta al evaluador el %1 y finalizada de nuevo: vea «Devuelta al evaluador».</translation>
    </message>
</context>
<context>
    <name>PacketPreviewDialog</name>
    <message>
        <source>Packet preview: %1</source>
        <translation>Vista previa del paquete: %1</translation>
    </message>
    <message>
        <source>Packet preview</source>
        <translation>Vista previa del paquete</translation>
    </message>
    <message>
        <source>Preparing the pages...</source>
        <translation>Preparando las páginas...</translation>
    </message>
    <message>
        <source>Page position</source>
        <translation>Posición de la página</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Packet pages</source>
        <translation>Páginas del paquete</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>No pages to show.</source>
        <translation>No hay páginas que mostrar.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Packets</name>
    <message>
        <source>The packet could not be shown.</source>
        <translation>No se pudo mostrar el paquete.</translation>
    </message>
    <message>
        <source>Export it and open it in a PDF reader, or build it again by amending the screening.</source>
        <translation>Expórtelo y ábralo en un lector de PDF, o vuelva a generarlo corrigiendo la evaluación.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Establecer contraseña</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>The new password is set.</source>
        <translation>Se estableció la nueva contraseña.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>Use at least %1 characters (this one has %2).</source>
        <translation>Use al menos %1 caracteres (esta tiene %2).</translation>
    </message>
    <message>
        <source>The password must not be the user name or be built from it.</source>
        <translation>La contraseña no debe ser el nombre de usuario ni basarse en él.</translation>
    </message>
    <message>
        <source>This password is too common or too easy to guess. A few unrelated words make a good one.</source>
        <translation>Esta contraseña es demasiado común o fácil de adivinar. Unas cuantas palabras sin relación entre sí forman una buena contraseña.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage accounts</source>
        <translation>administrar cuentas</translation>
    </message>
    <message>
        <source>change a password while signed in with the recovery key</source>
        <translation>cambiar una contraseña con una sesión iniciada con la clave de recuperación</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>ingest packets</source>
        <translation>incorporar paquetes</translation>
    </message>
    <message>
        <source>see ingested packets</source>
        <translation>ver los paquetes incorporados</translation>
    </message>
    <message>
        <source>open ingested packets</source>
        <translation>abrir los paquetes incorporados</translation>
    </message>
    <message>
        <source>import instruments</source>
        <translation>importar instrumentos</translation>
    </message>
    <message>
        <source>enable or disable instruments</source>
        <translation>activar o desactivar instrumentos</translation>
    </message>
    <message>
        <source>set up the office key</source>
        <translation>configurar la clave de la oficina</translation>
    </message>
    <message>
        <source>export the office key</source>
        <translation>exportar la clave de la oficina</translation>
    </message>
    <message>
        <source>import the office key</source>
        <translation>importar la clave de la oficina</translation>
    </message>
    <message>
        <source>see another screener&apos;s packets</source>
        <translation>ver los paquetes de otro evaluador</translation>
    </message>
    <message>
        <source>open another screener&apos;s screening</source>
        <translation>abrir la evaluación de otro evaluador</translation>
    </message>
    <message>
        <source>screen a person another screener recorded</source>
        <translation>evaluar a una persona registrada por otro evaluador</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar la configuración</translation>
    </message>
    <message>
        <source>review screenings</source>
        <translation>revisar evaluaciones</translation>
    </message>
    <message>
        <source>replace the recovery key</source>
        <translation>reemplazar la clave de recuperación</translation>
    </message>
    <message>
        <source>change the sync settings</source>
        <translation>cambiar la configuración de sincronización</translation>
    </message>
    <message>
        <source>export packets</source>
        <translation>exportar paquetes</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>An estimate near 18 may be wrong by a few years. If the person may be under 18, record an estimate under 18: the 24-hour HHS request and the child reports depend on it.</source>
        <translation>Una estimación cercana a 18 años puede equivocarse por algunos años. Si la persona puede ser menor de 18, registre una estimación menor de 18: de ello dependen la solicitud al HHS en 24 horas y los informes sobre menores.</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>country, optional</source>
        <translation>país, opcional</translation>
    </message>
    <message>
        <source>The HHS Request for Assistance asks for it. Never ask for papers.</source>
        <translation>La Solicitud de Asistencia del HHS la pide. Nunca pida documentos.</translation>
    </message>
    <message>
        <source>N&amp;ationality</source>
        <translation>Naciona&amp;lidad</translation>
    </message>
    <message>
        <source>Type the age</source>
        <translation>Escriba la edad</translation>
    </message>
    <message>
        <source>the estimated age</source>
        <translation>la edad estimada</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Código de caso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>How the age is known</source>
        <translation>Cómo se conoce la edad</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Edad estimada</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Estimated age in years</source>
        <translation>Edad estimada en años</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Citizenship status</source>
        <translation>Situación de ciudadanía</translation>
    </message>
    <message>
        <source>Time of discovery</source>
        <translation>Momento de la identificación</translation>
    </message>
    <message>
        <source>Al&amp;iases</source>
        <translation>Otr&amp;os nombres</translation>
    </message>
    <message>
        <source>Under 18 at that ti&amp;me?</source>
        <translation>¿Menor de 18 años en ese &amp;momento?</translation>
    </message>
    <message>
        <source>Age at the time of exploitation</source>
        <translation>Edad al momento de la explotación</translation>
    </message>
    <message>
        <source>Under 18 at the time of exploitation</source>
        <translation>Menor de 18 años al momento de la explotación</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>Only what a referral needs. Lists and file names show the case code, never the name. Deadlines count from the time of discovery: when an official first had reason to think the person may need help.</source>
        <translation>Solo lo que necesita una derivación. Las listas y los nombres de archivo muestran el código de caso, nunca el nombre. Los plazos se cuentan desde el momento de la identificación: cuando un funcionario tuvo por primera vez motivos para pensar que la persona podría necesitar ayuda.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>&amp;Citizenship</source>
        <translation>&amp;Ciudadanía</translation>
    </message>
    <message>
        <source>&amp;Time of discovery</source>
        <translation>Momento de la i&amp;dentificación</translation>
    </message>
    <message>
        <source>Age at the time of e&amp;xploitation</source>
        <translation>Edad al momento de la e&amp;xplotación</translation>
    </message>
    <message>
        <source>Instrument and age</source>
        <translation>Instrumento y edad</translation>
    </message>
    <message>
        <source>Age at discovery: %1, under 18. The instrument chosen, %2, is written for adults.</source>
        <translation>Edad en el momento de la identificación: %1, menor de 18 años. El instrumento elegido, %2, está escrito para personas adultas.</translation>
    </message>
    <message>
        <source>Age at discovery: %1, 18 or over. The instrument chosen, %2, is written for young people under 18.</source>
        <translation>Edad en el momento de la identificación: %1, 18 años o más. El instrumento elegido, %2, está escrito para jóvenes menores de 18 años.</translation>
    </message>
    <message>
        <source>Consider instead: %1. Go back to change the instrument.</source>
        <translation>Considere en su lugar: %1. Vuelva atrás para cambiar el instrumento.</translation>
    </message>
    <message>
        <source>If this age is right, start a new screening with an instrument written for it.</source>
        <translation>Si esta edad es correcta, empiece una nueva evaluación con un instrumento escrito para ella.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old at discovery</source>
        <translation>
            <numerusform>%n año en el momento de la identificación</numerusform>
            <numerusform>%n años en el momento de la identificación</numerusform>
        </translation>
    </message>
    <message>
        <source>Age at discovery</source>
        <translation>Edad en el momento de la identificación</translation>
    </message>
    <message>
        <source>How to type the date</source>
        <translation>Cómo escribir la fecha</translation>
    </message>
    <message>
        <source>Yes when a federal agency other than HHS (for example CBP or ICE) holds an unaccompanied child: it must notify HHS within 48 hours and transfer the child to ORR within 72. A child already in ORR care is No here. It does not say whether the child travelled alone; the interview asks that.</source>
        <translation>Sí cuando una agencia federal distinta del HHS (por ejemplo, CBP o ICE) tiene bajo su custodia a un menor no acompañado: debe notificar al HHS dentro de 48 horas y trasladar al menor a la ORR dentro de 72. Un menor que ya está bajo el cuidado de la ORR es No aquí. No indica si el menor viajó solo; eso lo pregunta la entrevista.</translation>
    </message>
    <message>
        <source>Unaccompanied child in fe&amp;deral custody (UAC)</source>
        <translation>Menor no acompañado bajo custodia &amp;federal (UAC)</translation>
    </message>
    <message>
        <source>Unaccompanied child in federal custody (UAC)</source>
        <translation>Menor no acompañado bajo custodia federal (UAC)</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>la fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>ReceivedModel</name>
    <message>
        <source>%1 (replaced)</source>
        <translation>%1 (reemplazada)</translation>
    </message>
    <message>
        <source>See the newer version</source>
        <translation>Vea la versión más nueva</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Código de caso</translation>
    </message>
    <message>
        <source>Received through: %1</source>
        <translation>Recibido a través de: %1</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key that was shown when fieldscreen was set up. The dashes may be left out.</source>
        <translation>Escriba la clave de recuperación que se mostró al configurar fieldscreen. Puede omitir los guiones.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Clave de recu&amp;peración</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Cuenta de administrador</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Establecer contraseña</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrador</translation>
    </message>
    <message>
        <source>The new password is set. Sign in with it now.</source>
        <translation>Se estableció la nueva contraseña. Inicie sesión con ella ahora.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Next steps</source>
        <translation>Pasos siguientes</translation>
    </message>
    <message>
        <source>Then, signed in as the administrator: add an account for each screener and supervisor (Administration &gt; Accounts), and import the receiving office&apos;s key (Administration &gt; Office key and sync). Until that key is imported, referral packets wait in the Outbox unsealed and none is sent.</source>
        <translation>Después, con la sesión de administrador: agregue una cuenta para cada evaluador y supervisor (Administración &gt; Cuentas) e importe la clave de la oficina receptora (Administración &gt; Clave de la oficina y sincronización). Hasta que se importe esa clave, los paquetes de remisión esperan sin sellar en la Bandeja de salida y no se envía ninguno.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>If every administrator password is forgotten, this key is the only way back to the data.</source>
        <translation>Si se olvidan todas las contraseñas de administrador, esta clave es la única forma de volver a acceder a los datos.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <source>Copied. Paste it onto the offline device now: it leaves the clipboard in a minute or when you go on.</source>
        <translation>Copiada. Péguela ahora en el dispositivo sin conexión: sale del portapapeles en un minuto o cuando continúe.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Write the key down on paper now, or save it on a storage device that stays offline. Keep it locked away and apart from this computer. It is shown only this once. Anyone who has the key can open the data, so do not e-mail it, photograph it or store it on this computer.</source>
        <translation>Anote la clave en papel ahora o guárdela en un dispositivo de almacenamiento que permanezca sin conexión. Guárdela bajo llave y lejos de esta computadora. Se muestra solo esta vez. Cualquier persona que tenga la clave puede abrir los datos, así que no la envíe por correo electrónico, no le tome fotos ni la guarde en esta computadora.</translation>
    </message>
    <message>
        <source>I have written the key down and will keep it offline</source>
        <translation>Anoté la clave y la mantendré sin conexión</translation>
    </message>
    <message>
        <source>I have stored the recovery key</source>
        <translation>Guardé la clave de recuperación</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Último grupo de la clave de recuperación</translation>
    </message>
    <message>
        <source>Type the &amp;last group of the key (the five characters after the last dash):</source>
        <translation>Escriba el ú&amp;ltimo grupo de la clave (los cinco caracteres después del último guion):</translation>
    </message>
</context>
<context>
    <name>RequiredPasswordDialog</name>
    <message>
        <source>An administrator set your password. Choose your own now, one that only you know: type the password you signed in with, then your new one.</source>
        <translation>Un administrador fijó su contraseña. Elija ahora la suya, una que solo usted conozca: escriba la contraseña con la que inició sesión y luego la nueva.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Elija su contraseña</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell them the new password in person.</source>
        <translation>Establezca una nueva contraseña para %1. Comuníquele la nueva contraseña en persona.</translation>
    </message>
</context>
<context>
    <name>ScreeningFacts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Age at discovery</source>
        <translation>Edad en el momento de la identificación</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Idioma de la entrevista</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Time of discovery</source>
        <translation>Momento de la identificación</translation>
    </message>
    <message>
        <source>Unaccompanied child in federal custody (UAC)</source>
        <translation>Menor no acompañado bajo custodia federal (UAC)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), estimated</source>
        <translation>
            <numerusform>%n año, estimado</numerusform>
            <numerusform>%n años, estimados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), from the date of birth</source>
        <translation>
            <numerusform>%n año, según la fecha de nacimiento</numerusform>
            <numerusform>%n años, según la fecha de nacimiento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Indicators: %1</source>
        <translation>Indicadores: %1</translation>
    </message>
    <message>
        <source>Person and interview</source>
        <translation>Persona y entrevista</translation>
    </message>
    <message>
        <source>Interview conditions</source>
        <translation>Condiciones de la entrevista</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Result basis</source>
        <translation>Fundamento del resultado</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>ICD-10-CM codes to consider</source>
        <translation>Códigos CIE-10-MC para considerar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Instrument %1 version %2, rules %3. This supports your judgment; it is not a legal finding.</source>
        <translation>Instrumento %1 versión %2, reglas %3. Esto apoya su criterio; no es una conclusión legal.</translation>
    </message>
    <message>
        <source>Person details</source>
        <translation>Datos de la persona</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Indicator: %1 (%2)</source>
        <translation>Indicador: %1 (%2)</translation>
    </message>
    <message>
        <source>No answer bears on the result.</source>
        <translation>Ninguna respuesta influye en el resultado.</translation>
    </message>
    <message>
        <source>The instrument&apos;s own screen</source>
        <translation>El tamizaje del propio instrumento</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return to the screener</source>
        <translation>Devolver al evaluador</translation>
    </message>
    <message>
        <source>Return case %1 to its screener for changes.</source>
        <translation>Devolver el caso %1 a su evaluador para que haga cambios.</translation>
    </message>
    <message>
        <source>&amp;What should the screener change? They see this note when they open the screening.</source>
        <translation>¿&amp;Qué debe cambiar el evaluador? Verá esta nota al abrir la evaluación.</translation>
    </message>
    <message>
        <source>Comment for the screener</source>
        <translation>Comentario para el evaluador</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <source>Confirm return</source>
        <translation>Confirmar devolución</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Case code</source>
        <translation>Código de caso</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Screener</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1. Last returned with the note: %2</source>
        <translation>%1. Última devolución con la nota: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>ReviewPlace</name>
    <message>
        <source>No packet is stored for this screening yet.</source>
        <translation>Todavía no hay ningún paquete guardado para esta evaluación.</translation>
    </message>
    <message>
        <source>A packet is built when the screening is finalized. Try again in a moment.</source>
        <translation>El paquete se genera al finalizar la evaluación. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Finished screenings wait here for a supervisor to approve them or return them with a note. Only supervisors and administrators review; a note for you appears in your Screenings list and when you open the screening.</source>
        <translation>Las evaluaciones terminadas esperan aquí a que un supervisor las apruebe o las devuelva con una nota. Solo los supervisores y administradores revisan; si hay una nota para usted, aparece en su lista de Evaluaciones y al abrir la evaluación.</translation>
    </message>
    <message>
        <source>Show screenings</source>
        <translation>Mostrar evaluaciones</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Pendientes de revisión</translation>
    </message>
    <message>
        <source>Returned to screeners</source>
        <translation>Devueltas a los evaluadores</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>Filter by case code, screener or instrument</source>
        <translation>Filtrar por código de caso, evaluador o instrumento</translation>
    </message>
    <message>
        <source>Review queue summary</source>
        <translation>Resumen de la lista de revisión</translation>
    </message>
    <message>
        <source>Review result</source>
        <translation>Resultado de la revisión</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Lista de revisión</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>Open screening</source>
        <translation>Abrir evaluación</translation>
    </message>
    <message>
        <source>Previe&amp;w packet...</source>
        <translation>Vis&amp;ta previa del paquete...</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Waiting for review: %1</source>
        <translation>Pendientes de revisión: %1</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>No hay nada pendiente de revisión.</translation>
    </message>
    <message>
        <source>Screenings: %1</source>
        <translation>Evaluaciones: %1</translation>
    </message>
    <message>
        <source>Preview packet</source>
        <translation>Vista previa del paquete</translation>
    </message>
    <message>
        <source>E&amp;xport packets...</source>
        <translation>E&amp;xportar paquetes...</translation>
    </message>
    <message>
        <source>Export packets</source>
        <translation>Exportar paquetes</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>&amp;Return to the screener...</source>
        <translation>&amp;Devolver al evaluador...</translation>
    </message>
    <message>
        <source>Return to the screener</source>
        <translation>Devolver al evaluador</translation>
    </message>
    <message>
        <source>Preview this packet</source>
        <translation>Vista previa de este paquete</translation>
    </message>
    <message numerus="yes">
        <source>%1. Shown: %n that match the filter.</source>
        <translation>
            <numerusform>%1. Se muestra %n que coincide con el filtro.</numerusform>
            <numerusform>%1. Se muestran %n que coinciden con el filtro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 approved.</source>
        <translation>Caso %1 aprobado.</translation>
    </message>
    <message>
        <source>Case %1 returned to its screener.</source>
        <translation>Caso %1 devuelto a su evaluador.</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>A new version of the referral packet, saying what changed after the return, is in the Outbox and goes to the receiving office at the next sync; it replaces the version sent before.</source>
        <translation>Una nueva versión del paquete de derivación, que indica lo que cambió después de la devolución, está en la Bandeja de salida y se envía a la oficina receptora en la próxima sincronización; reemplaza la versión enviada antes.</translation>
    </message>
    <message>
        <source>Nothing is sent yet: the referral packet waits in the Outbox until an administrator imports the receiving office&apos;s key.</source>
        <translation>Todavía no se ha enviado nada: el paquete de derivación espera en la Bandeja de salida hasta que un administrador importe la clave de la oficina receptora.</translation>
    </message>
    <message>
        <source>The referral packet is in the Outbox and goes to the receiving office at the next sync.</source>
        <translation>El paquete de derivación está en la Bandeja de salida y se envía a la oficina receptora en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Review heading</source>
        <translation>Encabezado de la revisión</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Selected answer</source>
        <translation>Respuesta seleccionada</translation>
    </message>
    <message>
        <source>Result and what to do next</source>
        <translation>Resultado y qué hacer a continuación</translation>
    </message>
    <message>
        <source>&amp;Change selected answer</source>
        <translation>&amp;Cambiar la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Change selected answer</source>
        <translation>Cambiar la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Edit &amp;person...</source>
        <translation>Editar los datos de la &amp;persona...</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar los datos de la persona</translation>
    </message>
    <message>
        <source>Edit &amp;interview details...</source>
        <translation>Editar los datos de la &amp;entrevista...</translation>
    </message>
    <message>
        <source>Edit interview details</source>
        <translation>Editar los datos de la entrevista</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Fi&amp;nalize...</source>
        <translation>&amp;Finalizar...</translation>
    </message>
    <message>
        <source>Back to the lis&amp;t</source>
        <translation>Volver a la &amp;lista</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Review: case %1 (%2)</source>
        <translation>Revisión: caso %1 (%2)</translation>
    </message>
    <message>
        <source>Finalized %1 by %2. Read-only.</source>
        <translation>Finalizada el %1 por %2. Solo lectura.</translation>
    </message>
    <message>
        <source>Check the answers, change any that need it, then finalize. Nothing is locked yet.</source>
        <translation>Revise las respuestas, cambie las que lo necesiten y luego finalice. Todavía no hay nada bloqueado.</translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1
%2</source>
        <translation>Devuelta por el supervisor: %1
%2</translation>
    </message>
    <message>
        <source>Finalized %1: locked. A change is now an amendment with a reason; the original answer is kept.</source>
        <translation>Finalizada el %1: bloqueada. Ahora un cambio es una corrección con motivo; se conserva la respuesta original.</translation>
    </message>
    <message>
        <source>&amp;Amend selected answer...</source>
        <translation>Co&amp;rregir la respuesta seleccionada...</translation>
    </message>
    <message>
        <source>Working out the result...</source>
        <translation>Calculando el resultado...</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Required: not answered</source>
        <translation>Obligatoria: sin responder</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Amended %1: %2. Original answer (kept): %3</source>
        <translation>Corregida el %1: %2. Respuesta original (se conserva): %3</translation>
    </message>
    <message>
        <source>%1 (amended)</source>
        <translation>%1 (corregida)</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Finalize this screening?</source>
        <translation>¿Finalizar esta evaluación?</translation>
    </message>
    <message>
        <source>The screening is then locked and its actions appear under Deadlines. Later changes are amendments with a reason, and the original answers are kept.</source>
        <translation>Luego la evaluación queda bloqueada y sus acciones aparecen en Plazos. Los cambios posteriores son correcciones con motivo, y se conservan las respuestas originales.</translation>
    </message>
    <message>
        <source>Confirm finalize</source>
        <translation>Confirmar finalización</translation>
    </message>
    <message>
        <source>Read-only: only %1, who started this screening, can answer its questions, change it or finalize it. Once it is finalized, it can be reviewed and amended with a reason.</source>
        <translation>Solo lectura: únicamente %1, que inició esta evaluación, puede responder sus preguntas, cambiarla o finalizarla. Una vez finalizada, se puede revisar y enmendar con un motivo.</translation>
    </message>
    <message>
        <source>Not ready to finalize</source>
        <translation>No se puede finalizar todavía</translation>
    </message>
    <message numerus="yes">
        <source>%n questions need attention before this screening can be finalized.</source>
        <translation>
            <numerusform>%n pregunta necesita atención antes de poder finalizar esta evaluación.</numerusform>
            <numerusform>%n preguntas necesitan atención antes de poder finalizar esta evaluación.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to the first one</source>
        <translation>&amp;Ir a la primera</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Screener</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>Report at once: the due time is the latest limit, not a time to wait for.</source>
        <translation>Informe de inmediato: la hora límite es el máximo permitido, no un plazo para esperar.</translation>
    </message>
    <message>
        <source>The 18th birthday has passed: OTIP accepts no request now. Mark this done with what happened (the request number, or why none was sent).</source>
        <translation>Ya cumplió 18 años: OTIP ya no acepta solicitudes. Márquela como hecha con lo que ocurrió (el número de solicitud, o por qué no se envió ninguna).</translation>
    </message>
    <message>
        <source>%1; text %2; TTY 711</source>
        <translation>%1; mensaje de texto al %2; TTY 711</translation>
    </message>
    <message>
        <source>Citizenship unknown: treated as possibly a foreign national.</source>
        <translation>Ciudadanía desconocida: se trata como posible persona extranjera.</translation>
    </message>
    <message>
        <source>Age unknown: treated as possibly under 18.</source>
        <translation>Edad desconocida: se trata como posiblemente menor de 18 años.</translation>
    </message>
    <message>
        <source>18th birthday before the deadline: due by 23:59 (local time) on the day before the 18th birthday.</source>
        <translation>Cumple 18 años antes del plazo: vence a las 23:59 (hora local) del día anterior a su cumpleaños número 18.</translation>
    </message>
    <message>
        <source>The deadline has passed: act now.</source>
        <translation>El plazo ya venció: actúe ahora.</translation>
    </message>
    <message>
        <source>Result inconclusive: send what is known.</source>
        <translation>Resultado no concluyente: envíe lo que se sabe.</translation>
    </message>
    <message>
        <source>State rules vary: follow your state&apos;s mandated-reporting law and your agency&apos;s protocol.</source>
        <translation>Las normas estatales varían: siga la ley de denuncia obligatoria de su estado y el protocolo de su agencia.</translation>
    </message>
    <message>
        <source>Under 18 at the time of the act, 18 or over now: the adult routes apply.</source>
        <translation>Menor de 18 años al momento del acto y con 18 o más ahora: corresponden las remisiones para personas adultas.</translation>
    </message>
    <message>
        <source>A partial (initial) notice is allowed within 24 hours: send what is known; a supplement can follow.</source>
        <translation>Se permite un aviso parcial (inicial) dentro de las 24 horas: envíe lo que se sabe; después puede enviarse un complemento.</translation>
    </message>
    <message>
        <source>If Shepherd cannot be used, email the Request for Assistance as a password-protected PDF to OTIP&apos;s Child Protection Specialists; for questions before sending, call them at %1.</source>
        <translation>Si no se puede usar Shepherd, envíe la Solicitud de Asistencia por correo electrónico, como PDF protegido con contraseña, a los Especialistas en Protección Infantil de OTIP; para consultas antes de enviarla, llámelos al %1.</translation>
    </message>
    <message>
        <source>HHS may not require the child to cooperate with law enforcement.</source>
        <translation>El HHS no puede exigir que el menor coopere con las autoridades policiales.</translation>
    </message>
    <message>
        <source>OTIP still accepts requests after the deadline: send it now.</source>
        <translation>OTIP sigue aceptando solicitudes después del plazo: envíela ahora.</translation>
    </message>
    <message>
        <source>HHS Office on Trafficking in Persons (OTIP): Request for Assistance in Shepherd</source>
        <translation>Oficina sobre la Trata de Personas del HHS (OTIP): Solicitud de asistencia en Shepherd</translation>
    </message>
    <message>
        <source>Shepherd; OTIP Child Protection %1</source>
        <translation>Shepherd; OTIP Protección Infantil %1</translation>
    </message>
    <message>
        <source>A foreign-national child who may have experienced trafficking: any official must notify HHS within 24 hours of discovery so interim assistance can start.</source>
        <translation>Un menor extranjero que puede haber sufrido trata: todo funcionario debe notificar al HHS dentro de las 24 horas siguientes a la identificación para que pueda comenzar la asistencia provisional.</translation>
    </message>
    <message>
        <source>HHS Office of Refugee Resettlement (ORR): unaccompanied child notification</source>
        <translation>Oficina de Reasentamiento de Refugiados del HHS (ORR): notificación de menor no acompañado</translation>
    </message>
    <message>
        <source>An unaccompanied child in federal custody: the agency must notify HHS within 48 hours of discovery, whatever the screening result.</source>
        <translation>Un menor no acompañado bajo custodia federal: la agencia debe notificar al HHS dentro de las 48 horas siguientes a la identificación, sea cual sea el resultado de la evaluación.</translation>
    </message>
    <message>
        <source>HHS Office of Refugee Resettlement (ORR): custody transfer</source>
        <translation>Oficina de Reasentamiento de Refugiados del HHS (ORR): traslado de custodia</translation>
    </message>
    <message>
        <source>Custody of an unaccompanied child moves to HHS (ORR) within 72 hours of determining that the child is unaccompanied, barring exceptional circumstances; the time shown counts from discovery.</source>
        <translation>La custodia de un menor no acompañado pasa al HHS (ORR) dentro de las 72 horas siguientes a determinar que no está acompañado, salvo circunstancias excepcionales; el tiempo indicado se cuenta desde la identificación.</translation>
    </message>
    <message>
        <source>State mandated-reporting law; child welfare then tells law enforcement within 24 hours (42 U.S.C. 671(a)(34)(A))</source>
        <translation>Ley estatal de denuncia obligatoria; después, los servicios de protección infantil informan a las fuerzas del orden dentro de 24 horas (42 U.S.C. 671(a)(34)(A))</translation>
    </message>
    <message>
        <source>Child welfare agency (state child abuse hotline)</source>
        <translation>Agencia de protección infantil (línea estatal de denuncia de maltrato infantil)</translation>
    </message>
    <message>
        <source>A child with indicators of possible trafficking, whatever the citizenship: report to child welfare now. Child welfare agencies must tell law enforcement immediately and within 24 hours.</source>
        <translation>Un menor con indicadores de posible trata, sea cual sea su ciudadanía: repórtelo ahora a protección infantil. Las agencias de protección infantil deben informar a las autoridades policiales de inmediato y dentro de las 24 horas.</translation>
    </message>
    <message>
        <source>Law enforcement (local police, or federal: HSI or FBI)</source>
        <translation>Autoridades policiales (policía local, o federales: HSI o FBI)</translation>
    </message>
    <message>
        <source>Report a child with indicators of possible trafficking to law enforcement immediately.</source>
        <translation>Reporte de inmediato a las autoridades policiales a un menor con indicadores de posible trata.</translation>
    </message>
    <message>
        <source>A commercial sex act by someone under 18 needs no force, fraud or coercion.</source>
        <translation>Un acto sexual comercial de una persona menor de 18 años no requiere fuerza, fraude ni coerción.</translation>
    </message>
    <message>
        <source>Under 18 at the time of at least one act: exempt from the T-visa requirement to comply with law-enforcement requests.</source>
        <translation>Menor de 18 años al momento de al menos un acto: exenta del requisito de la visa T de atender las solicitudes de las autoridades policiales.</translation>
    </message>
    <message>
        <source>Federal law enforcement (HSI, FBI or U.S. Attorney&apos;s Office)</source>
        <translation>Autoridades federales (HSI, FBI o Fiscalía Federal de EE. UU.)</translation>
    </message>
    <message>
        <source>Only federal law enforcement can request Continued Presence, a temporary status with work authorization. Continued Presence must never be used as a bargaining chip for cooperation.</source>
        <translation>Solo las autoridades federales pueden solicitar la Presencia Continuada (Continued Presence), un estatus temporal con permiso de trabajo. La Presencia Continuada nunca debe usarse como moneda de cambio a cambio de cooperación.</translation>
    </message>
    <message>
        <source>Talk it over with the person first: an adult chooses whether to speak to law enforcement.</source>
        <translation>Háblelo primero con la persona: una persona adulta decide si habla con las autoridades policiales.</translation>
    </message>
    <message>
        <source>Immigration legal services (T visa)</source>
        <translation>Servicios legales de inmigración (visa T)</translation>
    </message>
    <message>
        <source>Refer quickly: an immigration attorney can assess a T-visa application. Threats about immigration status are a common means of control.</source>
        <translation>Derive pronto: un abogado de inmigración puede evaluar una solicitud de visa T. Las amenazas sobre la situación migratoria son un medio de control frecuente.</translation>
    </message>
    <message>
        <source>HHS OTIP Certification (Request for Certification in Shepherd)</source>
        <translation>Certificación de HHS OTIP (Solicitud de certificación en Shepherd)</translation>
    </message>
    <message>
        <source>HHS issues a Certification Letter after DHS grants Continued Presence or a T visa, or finds a T-visa application bona fide, to an adult willing to assist in every reasonable way with the investigation or prosecution, or unable to because of trauma; it opens benefits to the same extent as a refugee.</source>
        <translation>El HHS emite una Carta de Certificación después de que el DHS otorga la Presencia Continuada o una visa T, o determina que una solicitud de visa T es de buena fe, a una persona adulta dispuesta a colaborar en todo lo razonable con la investigación o el enjuiciamiento, o que no puede hacerlo por un trauma; da acceso a beneficios en la misma medida que a una persona refugiada.</translation>
    </message>
    <message>
        <source>TVAP: HHS-funded case management for foreign nationals</source>
        <translation>TVAP: gestión de casos financiada por el HHS para personas extranjeras</translation>
    </message>
    <message>
        <source>Case management for foreign nationals, including people seeking Certification.</source>
        <translation>Gestión de casos para personas extranjeras, incluidas las que solicitan la Certificación.</translation>
    </message>
    <message>
        <source>Trafficking-specific services (local provider or through the hotline)</source>
        <translation>Servicios especializados en trata (proveedor local o a través de la línea de ayuda)</translation>
    </message>
    <message>
        <source>U.S. citizens and permanent residents need no HHS letter for trafficking-specific services.</source>
        <translation>Las personas ciudadanas de EE. UU. y residentes permanentes no necesitan una carta del HHS para los servicios especializados en trata.</translation>
    </message>
    <message>
        <source>The screener or the receiving agency</source>
        <translation>El evaluador o la agencia receptora</translation>
    </message>
    <message>
        <source>Some answers that matter are open. Trust often grows over several meetings: offer a follow-up screening. Open answers are never read as no.</source>
        <translation>Algunas respuestas importantes están pendientes. La confianza suele crecer a lo largo de varias reuniones: ofrezca una evaluación de seguimiento. Las respuestas pendientes nunca se interpretan como «no».</translation>
    </message>
    <message>
        <source>National Human Trafficking Hotline</source>
        <translation>Línea Nacional contra la Trata de Personas</translation>
    </message>
    <message>
        <source>Give everyone the hotline, whatever the result: free, confidential, 24 hours a day.</source>
        <translation>Dé a todas las personas la línea de ayuda, sea cual sea el resultado: gratuita, confidencial, las 24 horas del día.</translation>
    </message>
    <message>
        <source>Emergency shelter or housing</source>
        <translation>Albergue de emergencia o vivienda</translation>
    </message>
    <message>
        <source>Food assistance</source>
        <translation>Asistencia alimentaria</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Legal services</source>
        <translation>Servicios legales</translation>
    </message>
    <message>
        <source>Immigration legal services</source>
        <translation>Servicios legales de inmigración</translation>
    </message>
    <message>
        <source>A trained interpreter (never a relative or anyone connected to the person)</source>
        <translation>Un intérprete capacitado (nunca un familiar ni alguien vinculado a la persona)</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <source>Need recorded during the screening: %1.</source>
        <translation>Necesidad registrada durante la evaluación: %1.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>The saved answers of this screening cannot be read: %1</source>
        <translation>No se pueden leer las respuestas guardadas de esta evaluación: %1</translation>
    </message>
    <message>
        <source>Restore the latest backup, or contact your administrator.</source>
        <translation>Restaure la copia de seguridad más reciente o comuníquese con su administrador.</translation>
    </message>
    <message>
        <source>it belongs to instrument %1</source>
        <translation>pertenece al instrumento %1</translation>
    </message>
    <message>
        <source>An answer is needed. If the person does not answer, mark it declined or don&apos;t know.</source>
        <translation>Se necesita una respuesta. Si la persona no responde, marque «Prefirió no responder» o «No sabe».</translation>
    </message>
    <message>
        <source>A note cannot be answered.</source>
        <translation>Una nota no se puede responder.</translation>
    </message>
    <message>
        <source>Only a skipped question has a reason for skipping.</source>
        <translation>Solo una pregunta omitida tiene motivo para omitirla.</translation>
    </message>
    <message>
        <source>Declined, don&apos;t know and skipped carry no value.</source>
        <translation>Prefirió no responder, No sabe y Omitida no llevan ningún valor.</translation>
    </message>
    <message>
        <source>This question cannot be skipped; mark it declined or don&apos;t know instead.</source>
        <translation>Esta pregunta no se puede omitir; en su lugar marque «Prefirió no responder» o «No sabe».</translation>
    </message>
    <message>
        <source>Give the reason for skipping.</source>
        <translation>Indique el motivo para omitir.</translation>
    </message>
    <message>
        <source>Choose one of the choices.</source>
        <translation>Elija una de las opciones.</translation>
    </message>
    <message>
        <source>Enter a whole number up to %1.</source>
        <translation>Escriba un número entero hasta %1.</translation>
    </message>
    <message>
        <source>Enter a number up to %1.</source>
        <translation>Escriba un número hasta %1.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Escriba una fecha.</translation>
    </message>
    <message>
        <source>Choose one or more of the choices, each once.</source>
        <translation>Elija una o más de las opciones, cada una una sola vez.</translation>
    </message>
    <message>
        <source>Enter some text, or mark the question declined or don&apos;t know.</source>
        <translation>Escriba un texto, o marque la pregunta como «Prefirió no responder» o «No sabe».</translation>
    </message>
    <message>
        <source>Keep the text under %1 characters.</source>
        <translation>Mantenga el texto por debajo de %1 caracteres.</translation>
    </message>
    <message>
        <source>The date of birth is not possible.</source>
        <translation>La fecha de nacimiento no es posible.</translation>
    </message>
    <message>
        <source>Enter an age in years from 0 to %1, or a date of birth.</source>
        <translation>Escriba una edad en años de 0 a %1, o una fecha de nacimiento.</translation>
    </message>
</context>
<context>
    <name>Screenings</name>
    <message>
        <source>This screening is finalized; use an amendment with a reason.</source>
        <translation>Esta evaluación está finalizada; use una corrección con motivo.</translation>
    </message>
    <message>
        <source>Open the review, choose Amend and say why the answer changes.</source>
        <translation>Abra la revisión, elija Corregir e indique por qué cambia la respuesta.</translation>
    </message>
    <message>
        <source>This screening is not finalized, so it needs no amendment.</source>
        <translation>Esta evaluación no está finalizada, así que no necesita una corrección.</translation>
    </message>
    <message>
        <source>Change the answer in the interview or the review.</source>
        <translation>Cambie la respuesta en la entrevista o en la revisión.</translation>
    </message>
    <message>
        <source>Answer them before finalizing. If the person does not answer, mark the question Declined or Don&apos;t know: both count as answers.</source>
        <translation>Respóndalas antes de finalizar. Si la persona no responde, marque la pregunta como «Prefirió no responder» o «No sabe»: ambas cuentan como respuestas.</translation>
    </message>
    <message>
        <source>This screening no longer exists.</source>
        <translation>Esta evaluación ya no existe.</translation>
    </message>
    <message>
        <source>Refresh the list of screenings.</source>
        <translation>Actualice la lista de evaluaciones.</translation>
    </message>
    <message>
        <source>This screening is not waiting for review.</source>
        <translation>Esta evaluación no está pendiente de revisión.</translation>
    </message>
    <message>
        <source>Only finalized screenings can be approved or returned. Refresh the list.</source>
        <translation>Solo las evaluaciones finalizadas se pueden aprobar o devolver. Actualice la lista.</translation>
    </message>
    <message>
        <source>The interpreter is a relative or companion of the person. Use a trained, neutral interpreter (a phone interpreter is fine): a relative or companion may be involved, or may repeat what is said.</source>
        <translation>El intérprete es un familiar o acompañante de la persona. Use un intérprete capacitado y neutral (puede ser por teléfono): un familiar o acompañante podría estar involucrado o repetir lo que se dice.</translation>
    </message>
    <message>
        <source>The interpreter knows the person. Make sure they are not connected to anyone who controls them.</source>
        <translation>El intérprete conoce a la persona. Asegúrese de que no tenga vínculos con nadie que la controle.</translation>
    </message>
    <message>
        <source>The person may not be alone. Separate them from any companion before asking these questions.</source>
        <translation>Es posible que la persona no esté a solas. Sepárela de cualquier acompañante antes de hacer estas preguntas.</translation>
    </message>
    <message>
        <source>The setting may not be private. Move somewhere others cannot overhear.</source>
        <translation>Es posible que el lugar no sea privado. Vayan a un sitio donde nadie más pueda escuchar.</translation>
    </message>
    <message>
        <source>The time of discovery is in the future.</source>
        <translation>El momento de la identificación está en el futuro.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <source>Enter an age from 0 to %1 years.</source>
        <translation>Escriba una edad de 0 a %1 años.</translation>
    </message>
    <message>
        <source>Choose where the interview takes place.</source>
        <translation>Elija dónde se realiza la entrevista.</translation>
    </message>
    <message>
        <source>Choose how the interpreter takes part.</source>
        <translation>Elija cómo participa el intérprete.</translation>
    </message>
    <message>
        <source>Choose the interpreter&apos;s relationship to the person.</source>
        <translation>Elija la relación del intérprete con la persona.</translation>
    </message>
    <message>
        <source>This is not a case code made by fieldscreen.</source>
        <translation>Este no es un código de caso creado por fieldscreen.</translation>
    </message>
    <message>
        <source>This case code is already used.</source>
        <translation>Este código de caso ya se usa.</translation>
    </message>
    <message>
        <source>Make a new case code, or choose the person screened before.</source>
        <translation>Cree un código de caso nuevo o elija a la persona evaluada anteriormente.</translation>
    </message>
    <message>
        <source>This instrument is not written in the interview language.</source>
        <translation>Este instrumento no está escrito en el idioma de la entrevista.</translation>
    </message>
    <message>
        <source>Say why the answer changes: an amendment needs a reason.</source>
        <translation>Indique por qué cambia la respuesta: una corrección necesita un motivo.</translation>
    </message>
    <message>
        <source>Say what the screener should change.</source>
        <translation>Indique qué debe cambiar el evaluador.</translation>
    </message>
    <message>
        <source>Only %1, who started this screening, can answer its questions or change it until it is finalized.</source>
        <translation>Solo %1, que inició esta evaluación, puede responder sus preguntas o cambiarla hasta que se finalice.</translation>
    </message>
    <message>
        <source>You can read it. Once it is finalized, a supervisor or an administrator can review it and amend answers with a reason.</source>
        <translation>Puede leerlo. Una vez finalizado, un supervisor o un administrador puede revisarlo y enmendar respuestas con un motivo.</translation>
    </message>
    <message>
        <source>These questions still need an answer:
%1</source>
        <translation>Estas preguntas todavía necesitan una respuesta:
%1</translation>
    </message>
    <message>
        <source>These answers need a correction:
%1</source>
        <translation>Estas respuestas necesitan una corrección:
%1</translation>
    </message>
</context>
<context>
    <name>ScreeningsListView</name>
    <message>
        <source>Search by case code or name</source>
        <translation>Buscar por código de caso o nombre</translation>
    </message>
    <message>
        <source>Search screenings</source>
        <translation>Buscar evaluaciones</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Instrument filter</source>
        <translation>Filtro de instrumento</translation>
    </message>
    <message>
        <source>Any instrument</source>
        <translation>Cualquier instrumento</translation>
    </message>
    <message>
        <source>&amp;New screening...</source>
        <translation>&amp;Nueva evaluación...</translation>
    </message>
    <message>
        <source>New screening</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Start a new screening (Ctrl+N)</source>
        <translation>Iniciar una evaluación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Number of screenings</source>
        <translation>Número de evaluaciones</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>Open screening</source>
        <translation>Abrir evaluación</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <source>No screening matches the search and filters.</source>
        <translation>Ninguna evaluación coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>No screenings yet. Start one with New screening.</source>
        <translation>Todavía no hay evaluaciones. Inicie una con Nueva evaluación.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n screenings</source>
        <translation>
            <numerusform>Mostrando %1 de %n evaluación</numerusform>
            <numerusform>Mostrando %1 de %n evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: %1 %2</source>
        <translation>No se pudo cargar la lista: %1 %2</translation>
    </message>
</context>
<context>
    <name>ScreeningsModel</name>
    <message>
        <source>Case code</source>
        <translation>Código de caso</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Screener</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>SectionsList</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>%1: not asked</source>
        <translation>%1: no se preguntó</translation>
    </message>
    <message>
        <source>%1: done, %2 of %3</source>
        <translation>%1: terminada, %2 de %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>(! needs attention: %1)</source>
        <translation>(! requiere atención: %1)</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>Click a section, or press Enter or Space, to go to its first question.</source>
        <translation>Haga clic en una sección, o pulse Intro o Espacio, para ir a su primera pregunta.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Shorten the contact to %1 characters at most.</source>
        <translation>Acorte el contacto a %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Shorten the agency and office names to %1 characters at most.</source>
        <translation>Acorte los nombres de la agencia y de la oficina a %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s name.</source>
        <translation>Escriba el nombre de la agencia.</translation>
    </message>
    <message>
        <source>The lock time must be 1 to %1 minutes.</source>
        <translation>El tiempo de bloqueo debe ser de 1 a %1 minutos.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Office contact for referrals</source>
        <translation>Contacto de la oficina para las remisiones</translation>
    </message>
    <message>
        <source>phone number or e-mail address</source>
        <translation>teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Office con&amp;tact</source>
        <translation>&amp;Contacto de la oficina</translation>
    </message>
    <message>
        <source>Every referral packet gives it, so the receiving office can reach you about a referral (the HHS Request for Assistance asks for it). An office line, not a personal one.</source>
        <translation>Aparece en cada paquete de remisión, para que la oficina receptora pueda comunicarse con ustedes sobre una remisión (la Solicitud de Asistencia del HHS lo pide). Una línea de la oficina, no una personal.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nombre de la agencia</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <source>fieldscreen locks itself after this many minutes without keyboard or mouse use (1 to 30).</source>
        <translation>fieldscreen se bloquea después de esta cantidad de minutos sin uso del teclado ni del mouse (de 1 a 30).</translation>
    </message>
    <message>
        <source>Loc&amp;k after</source>
        <translation>Bloquear &amp;tras</translation>
    </message>
    <message>
        <source>&amp;Agency name</source>
        <translation>Nombre de la ag&amp;encia</translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation>Nombre de la &amp;oficina</translation>
    </message>
    <message>
        <source>A&amp;pp language</source>
        <translation>Idioma de la a&amp;plicación</translation>
    </message>
    <message>
        <source>For this computer, from the next start. Each screening has its own interview language.</source>
        <translation>Para esta computadora, a partir del próximo inicio. Cada evaluación tiene su propio idioma de entrevista.</translation>
    </message>
    <message>
        <source>App language</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>El mismo de esta computadora</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Continue to &amp;sign-in</source>
        <translation>Continuar al &amp;inicio de sesión</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Signing in: the key is worked out from the password, which takes a moment...</source>
        <translation>Iniciando sesión: la clave se calcula a partir de la contraseña, lo que tarda un momento...</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. You can try again in %1.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión. Puede volver a intentarlo en %1.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Forgot your password? Use the &amp;recovery key</source>
        <translation>¿Olvidó su contraseña? Use la clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the database file is missing.</source>
        <translation>falta el archivo de la base de datos.</translation>
    </message>
    <message>
        <source>the key file vault.json is missing, so the database cannot be opened. Put it back from a copy of this data folder, or restore a backup (each holds its own key file); to set up afresh, first move fieldscreen.db and the backups folder out of this data folder.</source>
        <translation>falta el archivo de claves vault.json, por lo que la base de datos no se puede abrir. Vuelva a ponerlo desde una copia de esta carpeta de datos o restaure una copia de seguridad (cada una tiene su propio archivo de claves); para configurar desde cero, saque antes fieldscreen.db y la carpeta backups de esta carpeta de datos.</translation>
    </message>
    <message>
        <source>the database file is empty or was cut short.</source>
        <translation>el archivo de la base de datos está vacío o quedó incompleto.</translation>
    </message>
    <message>
        <source>This folder is not a complete fieldscreen backup.</source>
        <translation>Esta carpeta no es una copia de seguridad completa de fieldscreen.</translation>
    </message>
    <message>
        <source>Choose one of the folders inside the &apos;backups&apos; folder.</source>
        <translation>Elija una de las carpetas que están dentro de la carpeta &apos;backups&apos;.</translation>
    </message>
    <message>
        <source>the database does not open with its key (page 1).</source>
        <translation>la base de datos no se abre con su clave (página 1).</translation>
    </message>
    <message>
        <source>the database file cannot be read (a page failed its check).</source>
        <translation>no se puede leer el archivo de la base de datos (una página no pasó la verificación).</translation>
    </message>
    <message>
        <source>the key file holds unusable key-derivation settings.</source>
        <translation>el archivo de claves contiene parámetros de derivación de claves que no se pueden usar.</translation>
    </message>
    <message>
        <source>the key file (vault.json) is damaged or was changed.</source>
        <translation>el archivo de claves (vault.json) está dañado o fue modificado.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This packet was not imported. The laptop that sent it probably holds another office&apos;s key: its administrator compares the office key&apos;s fingerprint (Administration, Office key and sync) with this office&apos;s, %1, imports this office&apos;s key file if they differ, then selects the packet with this file name in the Outbox and chooses Send again.</source>
        <translation>Este paquete no se importó. La computadora portátil que lo envió probablemente tiene la clave de otra oficina: su administrador compara la huella de la clave de la oficina (Administración, Clave de la oficina y sincronización) con la de esta oficina, %1, importa el archivo de clave de esta oficina si no coinciden y luego selecciona el paquete con este nombre de archivo en la Bandeja de salida y elige Enviar de nuevo.</translation>
    </message>
    <message>
        <source>This packet was not imported. Its file was renamed after it was sent, so its name does not tell which packet it is: ask the sender which screening it was, and to send that packet again.</source>
        <translation>Este paquete no se importó. Su archivo se renombró después del envío, así que su nombre no indica qué paquete es: pregunte a quien lo envió de qué evaluación era y pídale que envíe ese paquete de nuevo.</translation>
    </message>
    <message>
        <source>Enter the sync token.</source>
        <translation>Escriba el token de sincronización.</translation>
    </message>
    <message>
        <source>This installation already holds an office key (fingerprint %1).</source>
        <translation>Esta instalación ya tiene una clave de oficina (huella digital %1).</translation>
    </message>
    <message>
        <source>A receiving office keeps its key: field laptops seal packets for it. Set up a new installation for a new office.</source>
        <translation>Una oficina receptora conserva su clave: las computadoras de campo sellan los paquetes para ella. Configure una instalación nueva para una oficina nueva.</translation>
    </message>
    <message>
        <source>The office key file cannot be read.</source>
        <translation>No se puede leer el archivo de la clave de la oficina.</translation>
    </message>
    <message>
        <source>Check the file name, or copy the file from the USB drive again.</source>
        <translation>Revise el nombre del archivo o vuelva a copiarlo desde la memoria USB.</translation>
    </message>
    <message>
        <source>The office key file cannot be written there.</source>
        <translation>No se puede escribir allí el archivo de la clave de la oficina.</translation>
    </message>
    <message>
        <source>Choose an existing folder you may write to, for example on a USB drive.</source>
        <translation>Elija una carpeta existente en la que pueda escribir, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <source>This installation is the receiving office and uses its own key.</source>
        <translation>Esta instalación es la oficina receptora y usa su propia clave.</translation>
    </message>
    <message>
        <source>Import the office key file on field laptops only.</source>
        <translation>Importe el archivo de la clave de la oficina solo en las computadoras de campo.</translation>
    </message>
    <message>
        <source>No sync folder or office server is set up: packets cannot be sent.</source>
        <translation>No hay carpeta de sincronización ni servidor de la oficina configurados: no se pueden enviar los paquetes.</translation>
    </message>
    <message>
        <source>Ask your administrator to set one up (Administration, Office key and sync).</source>
        <translation>Pida a su administrador que configure uno (Administración, Clave de la oficina y sincronización).</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Carpeta %1</translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation>certificado fijado</translation>
    </message>
    <message>
        <source>certificate checked with a CA file</source>
        <translation>certificado verificado con un archivo de CA</translation>
    </message>
    <message>
        <source>certificate checked by the system</source>
        <translation>certificado verificado por el sistema</translation>
    </message>
    <message>
        <source>Office server %1 (%2)</source>
        <translation>Servidor de la oficina %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the sync folder by its full path.</source>
        <translation>Elija la carpeta de sincronización por su ruta completa.</translation>
    </message>
    <message>
        <source>Use either a user name and password or a token, not both.</source>
        <translation>Use un nombre de usuario y contraseña o un token, no ambos.</translation>
    </message>
    <message>
        <source>Enter both the sync user name and its password.</source>
        <translation>Escriba el nombre de usuario de sincronización y su contraseña.</translation>
    </message>
    <message>
        <source>The sync user name must not contain &apos;:&apos;.</source>
        <translation>El nombre de usuario de sincronización no debe contener &apos;:&apos;.</translation>
    </message>
    <message>
        <source>The sync folder is there and fieldscreen can write to it.</source>
        <translation>La carpeta de sincronización está disponible y fieldscreen puede escribir en ella.</translation>
    </message>
    <message>
        <source>The office server answered: its address, its certificate, the sign-in and writing to it all work.</source>
        <translation>El servidor de la oficina respondió: su dirección, su certificado, el inicio de sesión y la escritura funcionan.</translation>
    </message>
    <message>
        <source>Packets stay in the outbox and will be sent later.</source>
        <translation>Los paquetes permanecen en la bandeja de salida y se enviarán más tarde.</translation>
    </message>
    <message>
        <source>The office server did not answer (timed out).</source>
        <translation>El servidor de la oficina no respondió (se agotó el tiempo de espera).</translation>
    </message>
    <message>
        <source>The office server cannot be reached.</source>
        <translation>No se puede conectar con el servidor de la oficina.</translation>
    </message>
    <message>
        <source>The sync folder is not available. Is the USB drive or shared drive connected?</source>
        <translation>La carpeta de sincronización no está disponible. ¿Está conectada la memoria USB o la unidad compartida?</translation>
    </message>
    <message>
        <source>Reading or writing the sync folder failed. Was the drive removed?</source>
        <translation>Falló la lectura o escritura de la carpeta de sincronización. ¿Se retiró la unidad?</translation>
    </message>
    <message>
        <source>The sync folder or office server is full.</source>
        <translation>La carpeta de sincronización o el servidor de la oficina está lleno.</translation>
    </message>
    <message>
        <source>fieldscreen may not write to the sync folder (read-only or no permission).</source>
        <translation>fieldscreen no puede escribir en la carpeta de sincronización (solo lectura o sin permiso).</translation>
    </message>
    <message>
        <source>The office server did not accept the sync user name and password (or token).</source>
        <translation>El servidor de la oficina no aceptó el nombre de usuario y la contraseña de sincronización (o el token).</translation>
    </message>
    <message>
        <source>Ask your administrator to check the sync settings. Packets stay in the outbox meanwhile.</source>
        <translation>Pida a su administrador que revise la configuración de sincronización. Mientras tanto, los paquetes permanecen en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The office server&apos;s certificate could not be verified. Nothing was sent.</source>
        <translation>No se pudo verificar el certificado del servidor de la oficina. No se envió nada.</translation>
    </message>
    <message>
        <source>Ask your administrator to check the server address and the certificate settings.</source>
        <translation>Pida a su administrador que revise la dirección del servidor y la configuración del certificado.</translation>
    </message>
    <message>
        <source>The office server&apos;s certificate does not match the pinned fingerprint. Nothing was sent.</source>
        <translation>El certificado del servidor de la oficina no coincide con la huella digital fijada. No se envió nada.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. Change the fingerprint only when your administrator confirms a new server certificate.</source>
        <translation>Es posible que alguien esté interceptando la conexión. Cambie la huella digital solo cuando su administrador confirme un certificado de servidor nuevo.</translation>
    </message>
    <message>
        <source>The connection to the office server broke during the transfer.</source>
        <translation>La conexión con el servidor de la oficina se interrumpió durante la transferencia.</translation>
    </message>
    <message>
        <source>The office server reported an error (HTTP %1).</source>
        <translation>El servidor de la oficina informó un error (HTTP %1).</translation>
    </message>
    <message>
        <source>The office server gave an unexpected answer (HTTP %1).</source>
        <translation>El servidor de la oficina dio una respuesta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <source>Ask your administrator to check the server address. Packets stay in the outbox.</source>
        <translation>Pida a su administrador que revise la dirección del servidor. Los paquetes permanecen en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The copy on the target did not match the packet, so it was not counted as sent.</source>
        <translation>La copia en el destino no coincidía con el paquete, así que no se contó como enviado.</translation>
    </message>
    <message>
        <source>A packet in the outbox is damaged and was not sent.</source>
        <translation>Un paquete de la bandeja de salida está dañado y no se envió.</translation>
    </message>
    <message>
        <source>Run the integrity check (&apos;fieldscreen check&apos;) and tell your administrator.</source>
        <translation>Ejecute la verificación de integridad (&apos;fieldscreen check&apos;) y avise a su administrador.</translation>
    </message>
    <message>
        <source>Correct the sync settings, then try again.</source>
        <translation>Corrija la configuración de sincronización y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No office key imported: packets cannot be sealed or sent.</source>
        <translation>No hay clave de la oficina importada: los paquetes no se pueden sellar ni enviar.</translation>
    </message>
    <message>
        <source>Ask your administrator to import the receiving office&apos;s key file.</source>
        <translation>Pida a su administrador que importe el archivo de la clave de la oficina receptora.</translation>
    </message>
    <message>
        <source>Ask the receiving office for a new copy of its key file.</source>
        <translation>Pida a la oficina receptora una copia nueva de su archivo de clave.</translation>
    </message>
    <message>
        <source>This packet was not imported. Ask the sender to send it again: in the Outbox, select the packet with this file name and choose Send again. The new copy comes under a new name; once it is imported, delete this file from the sync folder or server.</source>
        <translation>Este paquete no se importó. Pida a quien lo envió que lo envíe de nuevo: en la Bandeja de salida, seleccionar el paquete con este nombre de archivo y elegir Enviar de nuevo. La nueva copia llega con otro nombre; una vez importada, borre este archivo de la carpeta o del servidor de sincronización.</translation>
    </message>
    <message>
        <source>This installation is not a receiving office and cannot open sealed packets.</source>
        <translation>Esta instalación no es una oficina receptora y no puede abrir paquetes sellados.</translation>
    </message>
    <message>
        <source>Sealed packets open only at the receiving office they were sealed for.</source>
        <translation>Los paquetes sellados solo se abren en la oficina receptora para la que se sellaron.</translation>
    </message>
    <message>
        <source>This packet file is too large to be a fieldscreen packet.</source>
        <translation>Este archivo de paquete es demasiado grande para ser un paquete de fieldscreen.</translation>
    </message>
    <message>
        <source>It will be tried again at the next ingest.</source>
        <translation>Se intentará de nuevo en la próxima incorporación.</translation>
    </message>
    <message>
        <source>The stored office private key is damaged.</source>
        <translation>La clave privada de la oficina guardada está dañada.</translation>
    </message>
    <message>
        <source>Restore the office installation from its latest backup.</source>
        <translation>Restaure la instalación de la oficina a partir de su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>This is not a fieldscreen office key file.</source>
        <translation>Este no es un archivo de clave de oficina de fieldscreen.</translation>
    </message>
    <message>
        <source>This file holds a private key, which must never leave the receiving office. It was not imported.</source>
        <translation>Este archivo contiene una clave privada, que nunca debe salir de la oficina receptora. No se importó.</translation>
    </message>
    <message>
        <source>The office key file does not contain a valid office key.</source>
        <translation>El archivo de la clave de la oficina no contiene una clave de oficina válida.</translation>
    </message>
    <message>
        <source>The office name must be 1 to %1 characters long, on one line.</source>
        <translation>El nombre de la oficina debe tener de 1 a %1 caracteres, en una sola línea.</translation>
    </message>
    <message>
        <source>The office key file is damaged (a line is missing, changed or repeated).</source>
        <translation>El archivo de la clave de la oficina está dañado (falta una línea, se modificó o está repetida).</translation>
    </message>
    <message>
        <source>This packet file is damaged or incompletely copied (its content does not match its name).</source>
        <translation>Este archivo de paquete está dañado o se copió de forma incompleta (su contenido no coincide con su nombre).</translation>
    </message>
    <message>
        <source>This packet was sealed for another office, or its file is damaged.</source>
        <translation>Este paquete se selló para otra oficina, o su archivo está dañado.</translation>
    </message>
    <message>
        <source>This packet file is damaged or was changed after sealing.</source>
        <translation>Este archivo de paquete está dañado o se modificó después de sellarlo.</translation>
    </message>
    <message>
        <source>This packet failed its integrity check (a content hash does not match).</source>
        <translation>Este paquete no pasó la verificación de integridad (un hash del contenido no coincide).</translation>
    </message>
    <message>
        <source>This packet file is damaged: its contents are not a fieldscreen packet.</source>
        <translation>Este archivo de paquete está dañado: su contenido no es un paquete de fieldscreen.</translation>
    </message>
    <message>
        <source>This packet&apos;s manifest is not valid.</source>
        <translation>El manifiesto de este paquete no es válido.</translation>
    </message>
    <message>
        <source>The office server address must be an https:// address without user name or &apos;?&apos;.</source>
        <translation>La dirección del servidor de la oficina debe ser una dirección https:// sin nombre de usuario ni &apos;?&apos;.</translation>
    </message>
    <message>
        <source>Use either a CA certificate file or a pinned fingerprint, not both.</source>
        <translation>Use un archivo de certificado de CA o una huella digital fijada, no ambos.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint must be a SHA-256 fingerprint (64 hex digits).</source>
        <translation>La huella digital fijada del certificado debe ser una huella SHA-256 (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>No se puede leer el archivo del certificado de CA.</translation>
    </message>
    <message>
        <source>The sync credentials contain a line break.</source>
        <translation>Las credenciales de sincronización contienen un salto de línea.</translation>
    </message>
    <message>
        <source>Training mode: practice packets are never sealed or sent to the office.</source>
        <translation>Modo de capacitación: los paquetes de práctica nunca se sellan ni se envían a la oficina.</translation>
    </message>
    <message>
        <source>Nothing is waiting. Real packets are sent from fieldscreen outside training mode.</source>
        <translation>No hay nada en espera. Los paquetes reales se envían desde fieldscreen fuera del modo de capacitación.</translation>
    </message>
    <message>
        <source>Ask your administrator to set up the folder or server the field laptops send to (Administration, Office key and sync).</source>
        <translation>Pida a su administrador que configure la carpeta o el servidor al que envían las computadoras portátiles de campo (Administración, Clave de la oficina y sincronización).</translation>
    </message>
    <message>
        <source>No sync folder or office server is set up: packets cannot be received.</source>
        <translation>No hay ninguna carpeta de sincronización ni servidor de la oficina configurados: no se pueden recibir paquetes.</translation>
    </message>
    <message>
        <source>Nothing was received and nothing is lost: the packets wait there until they can be received.</source>
        <translation>No se recibió nada y no se perdió nada: los paquetes esperan allí hasta que se puedan recibir.</translation>
    </message>
</context>
<context>
    <name>SyncTargetView</name>
    <message>
        <source>Saved. The folder is not there now (a USB drive not plugged in, a shared drive not connected?): packets from the field laptops can be received once it is.</source>
        <translation>Guardado. La carpeta no está ahora (¿una unidad USB sin conectar, una unidad compartida sin conexión?): los paquetes de las computadoras de campo se podrán recibir cuando esté.</translation>
    </message>
    <message>
        <source>Saved. The folder is not there now (a USB drive not plugged in, a shared drive not connected?): packets wait in the Outbox until it is.</source>
        <translation>Guardado. La carpeta no está ahora (¿una unidad USB sin conectar, una unidad compartida sin conexión?): los paquetes esperan en la Bandeja de salida hasta que esté.</translation>
    </message>
    <message>
        <source>Sync target</source>
        <translation>Destino de sincronización</translation>
    </message>
    <message>
        <source>Current sync target</source>
        <translation>Destino de sincronización actual</translation>
    </message>
    <message>
        <source>F&amp;older (USB drive or shared drive)</source>
        <translation>&amp;Carpeta (memoria USB o unidad compartida)</translation>
    </message>
    <message>
        <source>Office &amp;server (HTTPS/WebDAV)</source>
        <translation>&amp;Servidor de la oficina (HTTPS/WebDAV)</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>Choose sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Pinned certificate fingerprint</source>
        <translation>Huella digital fijada del certificado</translation>
    </message>
    <message>
        <source>SHA-256, 64 hex digits (or leave empty)</source>
        <translation>SHA-256, 64 dígitos hexadecimales (o déjelo vacío)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <source>Sign-in to the server</source>
        <translation>Inicio de sesión en el servidor</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nombre de usuario y contraseña</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Server user name</source>
        <translation>Nombre de usuario del servidor</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Token del servidor</translation>
    </message>
    <message>
        <source>Save sync &amp;target</source>
        <translation>Guardar el &amp;destino de sincronización</translation>
    </message>
    <message>
        <source>Save sync target</source>
        <translation>Guardar el destino de sincronización</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Write a small test file to the folder or server as entered, then remove it. No packet is sent.</source>
        <translation>Escribe un pequeño archivo de prueba en la carpeta o el servidor tal como están indicados y luego lo borra. No se envía ningún paquete.</translation>
    </message>
    <message>
        <source>Sync target status</source>
        <translation>Estado del destino de sincronización</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Huella digital del certificado</translation>
    </message>
    <message>
        <source>or CA file</source>
        <translation>o archivo de CA</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>No sync target is set: packets wait in the outbox.</source>
        <translation>No hay destino de sincronización configurado: los paquetes esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Packets go to: %1</source>
        <translation>Los paquetes van a: %1</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elija la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>Probando la conexión...</translation>
    </message>
    <message>
        <source>Connection test passed. %1</source>
        <translation>La prueba de conexión salió bien. %1</translation>
    </message>
    <message>
        <source>Connection test failed: %1</source>
        <translation>La prueba de conexión falló: %1</translation>
    </message>
    <message>
        <source>No sync target is set: no packets can be received. Set the folder or office server the field laptops send to.</source>
        <translation>No hay ningún destino de sincronización configurado: no se puede recibir ningún paquete. Configure la carpeta o el servidor de la oficina al que envían las computadoras portátiles de campo.</translation>
    </message>
    <message>
        <source>Packets from the field laptops arrive in: %1</source>
        <translation>Los paquetes de las computadoras portátiles de campo llegan a: %1</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The practice window could not be started.</source>
        <translation>No se pudo abrir la ventana de práctica.</translation>
    </message>
    <message>
        <source>Start fieldscreen again with the --training option.</source>
        <translation>Vuelva a iniciar fieldscreen con la opción --training.</translation>
    </message>
    <message>
        <source>The folder %1 holds data that training mode did not make.</source>
        <translation>La carpeta %1 contiene datos que no creó el modo de capacitación.</translation>
    </message>
    <message>
        <source>Move that folder somewhere else, then start training again.</source>
        <translation>Mueva esa carpeta a otro lugar y vuelva a iniciar la capacitación.</translation>
    </message>
    <message>
        <source>Training (practice data)</source>
        <translation>Capacitación (datos de práctica)</translation>
    </message>
    <message>
        <source>Practice administrator</source>
        <translation>Administrador de práctica</translation>
    </message>
</context>
<context>
    <name>TrainingStartWindow</name>
    <message>
        <source>Practice with training cases</source>
        <translation>Practicar con casos de capacitación</translation>
    </message>
    <message>
        <source>Preparing made-up practice cases in a separate, encrypted training folder. Real cases are never shown or changed here, and the practice data is wiped when this window closes.</source>
        <translation>Preparando casos de práctica ficticios en una carpeta de capacitación aparte y cifrada. Aquí nunca se muestran ni se modifican casos reales, y los datos de práctica se borran al cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Estado de la capacitación</translation>
    </message>
</context>
<context>
    <name>TypedDates</name>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <source>Type it as %1, for example %2.</source>
        <translation>Escríbala como %1, por ejemplo %2.</translation>
    </message>
</context>
<context>
    <name>WarningLabel</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>XLSForm</name>
    <message>
        <source>empty: fieldscreen needs this setting (docs/xlsform.md)</source>
        <translation>vacío: fieldscreen necesita este parámetro (docs/xlsform.md)</translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; is installed</source>
        <translation>no hay ningún instrumento &apos;%1&apos; instalado</translation>
    </message>
    <message>
        <source>empty: every group needs a title in its label</source>
        <translation>vacío: cada grupo necesita un título en su label</translation>
    </message>
    <message>
        <source>a group&apos;s guidance goes in hint or in guidance_hint, not in both</source>
        <translation>la orientación de un grupo va en hint o en guidance_hint, no en ambos</translation>
    </message>
    <message>
        <source>empty: every group needs interviewer guidance in its hint</source>
        <translation>vacío: cada grupo necesita orientación para quien entrevista en su hint</translation>
    </message>
    <message>
        <source>empty: every question needs a label</source>
        <translation>vacío: cada pregunta necesita un label</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; no es yes ni no</translation>
    </message>
    <message>
        <source>the appearance &apos;%1&apos; is ignored</source>
        <translation>se ignora el appearance &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty: a constraint needs a message</source>
        <translation>vacío: una restricción necesita un mensaje</translation>
    </message>
    <message>
        <source>empty: every choice needs a label</source>
        <translation>vacío: cada opción necesita un label</translation>
    </message>
    <message>
        <source>A text in the %1 sheet, column %2, holds a control character.</source>
        <translation>Un texto de la hoja %1, columna %2, contiene un carácter de control.</translation>
    </message>
    <message>
        <source>Remove it from the instrument first.</source>
        <translation>Primero elimínelo del instrumento.</translation>
    </message>
    <message>
        <source>the workbook has no sheet with this name</source>
        <translation>el libro no tiene ninguna hoja con este nombre</translation>
    </message>
    <message>
        <source>pyxform: %1</source>
        <translation>pyxform: %1</translation>
    </message>
    <message>
        <source>%1 row %2, column %3</source>
        <translation>%1 fila %2, columna %3</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 fila %2</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, columna %2</translation>
    </message>
    <message>
        <source>Correct the workbook and import it again.</source>
        <translation>Corrija el libro e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; gives no language code; add it in brackets, as in &apos;English (en)&apos;</source>
        <translation>&apos;%1&apos; no indica un código de idioma; agréguelo entre paréntesis, como en &apos;English (en)&apos;</translation>
    </message>
    <message>
        <source>the workbook has no choices sheet, but survey rows %1 use choice lists</source>
        <translation>el libro no tiene hoja choices, pero las filas de survey %1 usan listas de opciones</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>falta la columna</translation>
    </message>
    <message>
        <source>the list &apos;%1&apos; is not on the choices sheet</source>
        <translation>la lista &apos;%1&apos; no está en la hoja choices</translation>
    </message>
    <message>
        <source>empty: every choice needs a list_name</source>
        <translation>vacío: cada opción necesita un list_name</translation>
    </message>
    <message>
        <source>empty: every choice needs a name</source>
        <translation>vacío: cada opción necesita un name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a choice name (letters, digits and _)</source>
        <translation>&apos;%1&apos; no es un nombre de opción (letras, dígitos y _)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a choice of the list &apos;%2&apos; in row %3</source>
        <translation>&apos;%1&apos; ya es una opción de la lista &apos;%2&apos; en la fila %3</translation>
    </message>
    <message>
        <source>this column is not supported</source>
        <translation>esta columna no se admite</translation>
    </message>
    <message>
        <source>fieldscreen does not read this column; it is ignored</source>
        <translation>fieldscreen no lee esta columna; se ignora</translation>
    </message>
    <message>
        <source>the workbook has no settings sheet; fieldscreen needs form_id, version, form_title, population, positive_rule, validation_note and the disclosure columns there (docs/xlsform.md)</source>
        <translation>el libro no tiene hoja settings; fieldscreen necesita allí form_id, version, form_title, population, positive_rule, validation_note y las columnas del aviso (docs/xlsform.md)</translation>
    </message>
    <message>
        <source>empty: the settings go in row 2, under the headers</source>
        <translation>vacío: los parámetros van en la fila 2, debajo de los encabezados</translation>
    </message>
    <message>
        <source>only row 2 of the settings sheet is read</source>
        <translation>solo se lee la fila 2 de la hoja settings</translation>
    </message>
    <message>
        <source>fieldscreen does not read this setting; it is ignored</source>
        <translation>fieldscreen no lee este parámetro; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id (lower-case letters, digits and _, starting with a letter)</source>
        <translation>&apos;%1&apos; no es un id (letras minúsculas, dígitos y _, empezando con una letra)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are two names for the language %3; use one</source>
        <translation>&apos;%1&apos; y &apos;%2&apos; son dos nombres para el idioma %3; use uno</translation>
    </message>
    <message>
        <source>this sheet is not supported</source>
        <translation>esta hoja no se admite</translation>
    </message>
    <message>
        <source>this group has no end_group row</source>
        <translation>este grupo no tiene fila end_group</translation>
    </message>
    <message>
        <source>empty: a row with a name or a label needs a type</source>
        <translation>vacío: una fila con name o label necesita un type</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported</source>
        <translation>&apos;%1&apos; no se admite</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a question type (fieldscreen reads text, integer, decimal, date, note, select_one, select_multiple, begin_group and end_group)</source>
        <translation>&apos;%1&apos; no es un tipo de pregunta (fieldscreen lee text, integer, decimal, date, note, select_one, select_multiple, begin_group y end_group)</translation>
    </message>
    <message>
        <source>a group inside a group is not supported: each group is one section</source>
        <translation>no se admite un grupo dentro de otro: cada grupo es una sección</translation>
    </message>
    <message>
        <source>there is no begin_group for this end_group</source>
        <translation>no hay begin_group para este end_group</translation>
    </message>
    <message>
        <source>this group has no questions</source>
        <translation>este grupo no tiene preguntas</translation>
    </message>
    <message>
        <source>this question is outside any group: put every question in a group</source>
        <translation>esta pregunta está fuera de todo grupo: ponga cada pregunta en un grupo</translation>
    </message>
    <message>
        <source>empty: every group and question needs a name</source>
        <translation>vacío: cada grupo y cada pregunta necesitan un name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name (letters, digits and _, not starting with a digit)</source>
        <translation>&apos;%1&apos; no es un nombre (letras, dígitos y _, sin empezar con un dígito)</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is already used in row %2</source>
        <translation>el nombre &apos;%1&apos; ya se usa en la fila %2</translation>
    </message>
    <message>
        <source>guidance_hint is read for groups only; put a question&apos;s help in hint</source>
        <translation>guidance_hint solo se lee en los grupos; ponga la ayuda de una pregunta en hint</translation>
    </message>
    <message>
        <source>a group has no %1; put it on the group&apos;s questions</source>
        <translation>un grupo no tiene %1; póngalo en las preguntas del grupo</translation>
    </message>
    <message>
        <source>empty: name the form&apos;s default language, for example English (en)</source>
        <translation>vacío: indique el idioma predeterminado del formulario, por ejemplo English (en)</translation>
    </message>
    <message>
        <source>%1 is not one of the form&apos;s languages (%2): no survey column uses it</source>
        <translation>%1 no es uno de los idiomas del formulario (%2): ninguna columna de survey lo usa</translation>
    </message>
    <message>
        <source>empty: the %1 translation is missing</source>
        <translation>vacío: falta la traducción %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>el archivo ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (.xlsx); save it as .xlsx</source>
        <translation>el archivo no es un libro de Excel (.xlsx); guárdelo como .xlsx</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 MB; remove pictures and any sheets but survey, choices and settings, and save it again</source>
        <translation>el libro se descomprime en más de %1 MB; quite las imágenes y toda hoja que no sea survey, choices o settings, y guárdelo de nuevo</translation>
    </message>
    <message>
        <source>the workbook cannot be read</source>
        <translation>no se puede leer el libro</translation>
    </message>
</context>
<context>
    <name>_DoneLine</name>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation>Realizada el %1 por %2</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1, referencia %2</translation>
    </message>
</context>
<context>
    <name>_DueLine</name>
    <message>
        <source>Overdue</source>
        <translation>Plazo vencido</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Hora de vencimiento</translation>
    </message>
    <message>
        <source>Due %1  -  %2</source>
        <translation>Fecha límite: %1  -  %2</translation>
    </message>
</context>
</TS>
