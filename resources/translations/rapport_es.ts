<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddressDialog</name>
    <message>
        <source>Edit address</source>
        <translation>Editar dirección</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Añadir dirección</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Provincia o estado</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address: fill in at least one of street, city, region, postcode or country.</source>
        <translation>Dirección: rellena al menos la calle, la ciudad, la provincia, el código postal o el país.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Rapport backs up by itself when your data changed, and before anything that cannot be taken back. Backups are kept a week daily, a month weekly and a year monthly; the ones you make are kept.</source>
        <translation>Rapport hace copias por sí solo cuando sus datos cambian y antes de todo lo que no se puede deshacer. Se guardan una diaria durante una semana, una semanal durante un mes y una mensual durante un año; las que hace usted se guardan siempre.</translation>
    </message>
    <message>
        <source>Backups of the team&apos;s database are made with pg_dump when you ask. A backup is put back into a new, empty database from the command line: rapport --db URL restore FILE. Restoring over the database in use is not offered here.</source>
        <translation>Las copias de la base de datos del equipo se hacen con pg_dump cuando usted lo pide. Una copia se restaura en una base de datos nueva y vacía desde la línea de órdenes: rapport --db URL restore ARCHIVO. Aquí no se ofrece restaurar sobre la base de datos en uso.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Todavía no hay copias.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Copia guardada: {path}</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia</translation>
    </message>
    <message>
        <source>Put back the backup of {when}?

Everything changed since then is replaced. What you have now is backed up first, so you can come back to it from this list.</source>
        <translation>¿Restaurar la copia del {when}?

Todo lo cambiado desde entonces se reemplaza. Lo que tiene ahora se copia antes, así que puede volver a ello desde esta lista.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>The backup of {when} is back. What you had is in {path}.</source>
        <translation>La copia del {when} está restaurada. Lo que tenía está en {path}.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>made by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>before undoing an import</source>
        <translation>antes de deshacer una importación</translation>
    </message>
    <message>
        <source>before deleting for good</source>
        <translation>antes de borrar definitivamente</translation>
    </message>
    <message>
        <source>before emptying the trash</source>
        <translation>antes de vaciar la papelera</translation>
    </message>
    <message>
        <source>before merging two customers</source>
        <translation>antes de fusionar dos clientes</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an update of Rapport</source>
        <translation>antes de actualizar Rapport</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>{why} (dated in the future: the computer&apos;s clock was ahead)</source>
        <translation>{why} (con fecha futura: el reloj del ordenador iba adelantado)</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Call {name}</source>
        <translation>Llamar a {name}</translation>
    </message>
    <message>
        <source>No app on this computer makes phone calls. &lt;b&gt;{number}&lt;/b&gt; is copied: paste it into your phone, or scan this code with the phone&apos;s camera to dial it.</source>
        <translation>Ninguna aplicación de este ordenador hace llamadas. &lt;b&gt;{number}&lt;/b&gt; está copiado: péguelo en su teléfono o escanee este código con la cámara del teléfono para marcarlo.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>{who} saved {name} ({when}) after you opened it. Choose, for each field, the value to keep; nothing is saved until you do.</source>
        <translation>{who} guardó {name} ({when}) después de que lo abrieras. Elige, para cada campo, el valor que quieres conservar; no se guarda nada hasta que lo hagas.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>El tuyo</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>El suyo ({who})</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Conservar todos los míos</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Aceptar todos los suyos</translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation>Guardar mi elección</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Add to group…</source>
        <translation>Añadir a un grupo…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Restaurar de la papelera</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Marcar como perdido…</translation>
    </message>
    <message>
        <source>Won back (active again)</source>
        <translation>Recuperado (activo de nuevo)</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>Asignar nivel</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Añadir a un grupo</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to the group (type a new name to make one):</source>
        <translation>
            <numerusform>Añadir %n contacto al grupo (escribe un nombre nuevo para crearlo):</numerusform>
            <numerusform>Añadir %n contactos al grupo (escribe un nombre nuevo para crearlo):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good, with their notes, history and purchases?</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %n contacto, con sus notas, historial y compras?</numerusform>
            <numerusform>¿Eliminar definitivamente %n contactos, con sus notas, historial y compras?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Delete every contact in the trash for good?</source>
        <translation>¿Eliminar definitivamente todos los contactos de la papelera?</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Marcar como perdido</translation>
    </message>
    <message>
        <source>Why was the customer lost?</source>
        <translation>¿Por qué se perdió el cliente?</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Search names, organisations, phones, emails, notes…</source>
        <translation>Buscar nombres, empresas, teléfonos, correos, notas…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Choose a contact</source>
        <translation>Elegir un contacto</translation>
    </message>
    <message>
        <source>Type a name, organisation or phone…</source>
        <translation>Escribe un nombre, empresa o teléfono…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Últ. contacto</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próx. contacto</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Lost customer</source>
        <translation>Cliente perdido</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Añadir campo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Name of the field:</source>
        <translation>Nombre del campo:</translation>
    </message>
    <message>
        <source>Value of “{name}”:</source>
        <translation>Valor de «{name}»:</translation>
    </message>
</context>
<context>
    <name>CustomerFile</name>
    <message>
        <source>Choose a customer on the left to see their file.</source>
        <translation>Elige un cliente a la izquierda para ver su ficha.</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Registrar llamada</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Registrar visita</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Manual de ventas</translation>
    </message>
    <message>
        <source>No customer matches the search. Clear it to see them all.</source>
        <translation>Ningún cliente coincide con la búsqueda. Bórrela para verlos todos.</translation>
    </message>
    <message>
        <source>No customers in this list. Import your phone&apos;s contacts (File → Import contacts…) or add one (Customers → New customer…).</source>
        <translation>No hay clientes en esta lista. Importe los contactos de su teléfono (Archivo → Importar contactos…) o añada uno (Clientes → Nuevo cliente…).</translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>{n} / {capacity}</source>
        <translation>{n} / {capacity}</translation>
    </message>
    <message>
        <source>{n} planned, up to {capacity} a day</source>
        <translation>{n} planificados, hasta {capacity} al día</translation>
    </message>
    <message>
        <source>Carried over to week {n}</source>
        <translation>Pasan a la semana {n}</translation>
    </message>
    <message>
        <source>More than the week holds: they are on next week&apos;s plan. Drag one onto a day to plan it this week</source>
        <translation>Más de lo que cabe en la semana: están en el plan de la semana que viene. Arrastra uno a un día para planificarlo esta semana</translation>
    </message>
</context>
<context>
    <name>DeskOpener</name>
    <message>
        <source>Greetings desk…</source>
        <translation>Mesa de felicitaciones…</translation>
    </message>
    <message>
        <source>Greetings for an occasion, each in the customer&apos;s own language</source>
        <translation>Felicitaciones para una ocasión, cada una en el idioma del cliente</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <source>Customers who share a phone number or an email, the likeliest first; then, as weaker suggestions, customers who only share their name (“Why” says what else they share and what differs). Merging keeps one customer with everything both had; a backup is made first.</source>
        <translation>Clientes que comparten un teléfono o un correo, los más probables primero; después, como sugerencias más débiles, clientes que solo comparten el nombre («Motivo» dice qué más comparten y en qué difieren). Al fusionar queda un solo cliente con todo lo que tenían ambos; antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n posible duplicado.</numerusform>
            <numerusform>%n posibles duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No se han encontrado duplicados.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>{other} was merged into {keep}.</source>
        <translation>{other} se ha fusionado con {keep}.</translation>
    </message>
    <message>
        <source>{a} and {b} are two people; they are not suggested again.</source>
        <translation>{a} y {b} son dos personas; no se volverán a sugerir.</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>names differ</source>
        <translation>nombres distintos</translation>
    </message>
    <message>
        <source>same phone {number}</source>
        <translation>mismo teléfono {number}</translation>
    </message>
    <message>
        <source>same email {address}</source>
        <translation>mismo correo {address}</translation>
    </message>
    <message>
        <source>same organisation {name}</source>
        <translation>misma organización {name}</translation>
    </message>
    <message>
        <source>different phones</source>
        <translation>teléfonos distintos</translation>
    </message>
    <message>
        <source>different emails</source>
        <translation>correos distintos</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>organizaciones distintas</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Edit email</source>
        <translation>Editar correo</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email address: please type the address.</source>
        <translation>Correo electrónico: escribe la dirección.</translation>
    </message>
    <message>
        <source>Email address: “{address}” has no @; an address looks like name@example.com.</source>
        <translation>Correo electrónico: «{address}» no tiene @; una dirección es como nombre@example.com.</translation>
    </message>
    <message>
        <source>Email address: “{address}” is not complete; an address looks like name@example.com.</source>
        <translation>Correo electrónico: «{address}» está incompleto; una dirección es como nombre@example.com.</translation>
    </message>
</context>
<context>
    <name>EmptyToday</name>
    <message>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>Give tiers in Customers</source>
        <translation>Asignar niveles en Clientes</translation>
    </message>
    <message>
        <source>Suggested tiers (80/20)</source>
        <translation>Niveles sugeridos (80/20)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your customer file is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import your phone&apos;s address book (vCard or CSV) or add a customer. Then give the ones who matter a tier: each morning this page tells you whom to call.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su fichero de clientes está vacío.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importe la agenda de su teléfono (vCard o CSV) o añada un cliente. Después asigne un nivel a los que importan: cada mañana esta página le dice a quién llamar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody is due: none of your customers has a tier yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Give each customer who matters a tier, A to D: each tier has a cadence (A every week, D every three months by default), and a customer comes back here when a call is due.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay nadie pendiente: ninguno de sus clientes tiene nivel todavía.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Asigne un nivel, de A a D, a cada cliente que importa: cada nivel tiene una frecuencia (A cada semana, D cada tres meses de forma predeterminada) y el cliente vuelve aquí cuando toca llamarle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nobody to call today. Well done!</source>
        <translation>Hoy no hay nadie a quien llamar. ¡Bien hecho!</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>Visit with {name} logged.</source>
        <translation>Visita a {name} registrada.</translation>
    </message>
    <message>
        <source>Call with {name} logged.</source>
        <translation>Llamada con {name} registrada.</translation>
    </message>
    <message>
        <source>{name} snoozed until {day}.</source>
        <translation>{name} pospuesto hasta el {day}.</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Log call</source>
        <translation>Registrar llamada</translation>
    </message>
    <message>
        <source>Snooze ▾</source>
        <translation>Posponer ▾</translation>
    </message>
    <message>
        <source>Copy greeting</source>
        <translation>Copiar felicitación</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Log the call: what was said, what came of it, when to call again ({key})</source>
        <translation>Registrar la llamada: qué se habló, en qué quedó, cuándo volver a llamar ({key})</translation>
    </message>
    <message>
        <source>Take it off the list until a later day ({key})</source>
        <translation>Quitarlo de la lista hasta otro día ({key})</translation>
    </message>
    <message>
        <source>Copy the greeting, to send it ({key})</source>
        <translation>Copiar la felicitación para enviarla ({key})</translation>
    </message>
    <message>
        <source>Copy the number ({key})</source>
        <translation>Copiar el número ({key})</translation>
    </message>
    <message>
        <source>Call with your phone app ({key})</source>
        <translation>Llamar con la aplicación de teléfono ({key})</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>e.g. Spring product launch</source>
        <translation>p. ej. Presentación de primavera</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Ponga un nombre al evento.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Lecture</source>
        <translation>Charla</translation>
    </message>
    <message>
        <source>Member day</source>
        <translation>Día del socio</translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation>Presentación de producto</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No vino</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
</context>
<context>
    <name>EventsOpener</name>
    <message>
        <source>Events…</source>
        <translation>Eventos…</translation>
    </message>
    <message>
        <source>Lectures, member days, launches and dinners: invitations, answers, and whether the event paid</source>
        <translation>Charlas, días del socio, presentaciones y cenas: invitaciones, respuestas y si el evento compensó</translation>
    </message>
</context>
<context>
    <name>EventsWindow</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invitar…</translation>
    </message>
    <message>
        <source>Invitations…</source>
        <translation>Invitaciones…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Imprimir etiquetas…</translation>
    </message>
    <message>
        <source>Set the chosen guests to:</source>
        <translation>Marcar a los invitados elegidos como:</translation>
    </message>
    <message>
        <source>No event yet: New event… makes one, then Invite… fills its guest list.</source>
        <translation>Aún no hay eventos: Nuevo evento… crea uno y luego Invitar… llena su lista de invitados.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) invited.</source>
        <translation>
            <numerusform>%n cliente invitado.</numerusform>
            <numerusform>%n clientes invitados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {guests} guests for {places} places ({over} more than there are places); some may decline.</source>
        <translation>Atención: {guests} invitados para {places} plazas ({over} más que plazas); algunos pueden rechazarla.</translation>
    </message>
    <message>
        <source>Choose one or more guests first.</source>
        <translation>Elija primero uno o más invitados.</translation>
    </message>
    <message>
        <source>{result} guest(s): {status}</source>
        <translation>{result} invitado(s): {status}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>vCard 3.0 — phones, iPhone, Google, Outlook</source>
        <translation>vCard 3.0 — móviles, iPhone, Google, Outlook</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>CSV — Excel, Google Contacts</source>
        <translation>CSV — Excel, Contactos de Google</translation>
    </message>
    <message>
        <source>JSON — everything Rapport keeps</source>
        <translation>JSON — todo lo que guarda Rapport</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Also customers in the trash</source>
        <translation>También los clientes de la papelera</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Group: {name} ({n})</source>
        <translation>Grupo: {name} ({n})</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>Archivos {kind} (*.{suffix})</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>FieldsSection</name>
    <message>
        <source>YYYY-MM-DD, or --MM-DD without the year</source>
        <translation>AAAA-MM-DD, o --MM-DD sin el año</translation>
    </message>
    <message>
        <source>zh, es or en: the language of greetings</source>
        <translation>zh, es o en: el idioma de las felicitaciones</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contacto necesita un nombre.</translation>
    </message>
    <message>
        <source>Not saved: {who} changed this after you opened it.</source>
        <translation>No guardado: {who} cambió esto después de que lo abrieras.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose files</source>
        <translation>Elegir archivos</translation>
    </message>
    <message>
        <source>vCard (.vcf) files from phones and address books, or CSV files from Outlook, Google, Thunderbird or a spreadsheet. Several files are imported together.</source>
        <translation>Archivos vCard (.vcf) de móviles y libretas de direcciones, o CSV de Outlook, Google, Thunderbird o una hoja de cálculo. Se pueden importar varios a la vez.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Every .vcf and .csv file in a folder and its subfolders</source>
        <translation>Todos los archivos .vcf y .csv de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contact files ({patterns});;All files (*)</source>
        <translation>Archivos de contactos ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a folder of contacts</source>
        <translation>Importar una carpeta de contactos</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>as the tier says</source>
        <translation>según el nivel</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Call every</source>
        <translation>Llamar cada</translation>
    </message>
    <message>
        <source>Sales stage</source>
        <translation>Fase de venta</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo contacto</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>no cadence set</source>
        <translation>sin frecuencia</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Lost on {day} ({reason})</source>
        <translation>Perdido el {day} ({reason})</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Posible cliente</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Necesidades detectadas</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>After-sale</source>
        <translation>Posventa</translation>
    </message>
</context>
<context>
    <name>GreetingsDesk</name>
    <message>
        <source>Greetings desk</source>
        <translation>Mesa de felicitaciones</translation>
    </message>
    <message>
        <source>Choose a customer to read and edit their greeting.</source>
        <translation>Elija un cliente para leer y editar su felicitación.</translation>
    </message>
    <message>
        <source>your name, as customers know it</source>
        <translation>su nombre, como lo conocen los clientes</translation>
    </message>
    <message>
        <source>How greetings are signed: the {sender} of the templates</source>
        <translation>Cómo se firman las felicitaciones: el {sender} de las plantillas</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Writing the greetings…</source>
        <translation>Escribiendo las felicitaciones…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer fits this choice.</source>
        <translation>Ningún cliente cumple esta selección.</translation>
    </message>
    <message>
        <source>To {name}, in {language}:</source>
        <translation>Para {name}, en {language}:</translation>
    </message>
</context>
<context>
    <name>GreetingsModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
</context>
<context>
    <name>GuestsModel</name>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Invitado el</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Acerca de Rapport</translation>
    </message>
    <message>
        <source>The guide (README.md) is not installed with this copy of Rapport.</source>
        <translation>La guía (README.md) no está instalada con esta copia de Rapport.</translation>
    </message>
    <message>
        <source>Rapport guide</source>
        <translation>Guía de Rapport</translation>
    </message>
    <message>
        <source>In Today and the week plan: log a call</source>
        <translation>En Hoy y el plan semanal: registrar una llamada</translation>
    </message>
    <message>
        <source>In Today and the week plan: snooze</source>
        <translation>En Hoy y el plan semanal: posponer</translation>
    </message>
    <message>
        <source>In Today: call</source>
        <translation>En Hoy: llamar</translation>
    </message>
    <message>
        <source>In Today: copy the number</source>
        <translation>En Hoy: copiar el número</translation>
    </message>
    <message>
        <source>In Today: copy the greeting</source>
        <translation>En Hoy: copiar la felicitación</translation>
    </message>
    <message>
        <source>In Today: open the customer&apos;s file</source>
        <translation>En Hoy: abrir la ficha del cliente</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta del registro</translation>
    </message>
    <message>
        <source>The log is in {folder}</source>
        <translation>El registro está en {folder}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rapport {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A customer file for one salesperson: who to call today, and why.&lt;/p&gt;&lt;p&gt;Store: {store}&lt;br&gt;Log: {log}&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}. GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rapport {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un fichero de clientes para un vendedor: a quién llamar hoy y por qué.&lt;/p&gt;&lt;p&gt;Almacén: {store}&lt;br&gt;Registro: {log}&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}. GPL-3.0 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Log…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit this entry</source>
        <translation>Editar esta entrada</translation>
    </message>
    <message>
        <source>Delete this entry from {when}?</source>
        <translation>¿Eliminar esta entrada del {when}?</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Se muestra como</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Given name (phonetic)</source>
        <translation>Nombre (fonético)</translation>
    </message>
    <message>
        <source>Family name (phonetic)</source>
        <translation>Apellidos (fonético)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Greets in</source>
        <translation>Felicita en</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Name shown</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Given name (phonetic)</source>
        <translation>Nombre (fonético)</translation>
    </message>
    <message>
        <source>Family name (phonetic)</source>
        <translation>Apellidos (fonético)</translation>
    </message>
    <message>
        <source>Sort as</source>
        <translation>Ordenar como</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>Cumpleaños: año</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>Cumpleaños: mes</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>Cumpleaños: día</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Address (whole)</source>
        <translation>Dirección (completa)</translation>
    </message>
    <message>
        <source>Address: street</source>
        <translation>Dirección: calle</translation>
    </message>
    <message>
        <source>Address: city</source>
        <translation>Dirección: ciudad</translation>
    </message>
    <message>
        <source>Address: region</source>
        <translation>Dirección: provincia</translation>
    </message>
    <message>
        <source>Address: postcode</source>
        <translation>Dirección: código postal</translation>
    </message>
    <message>
        <source>Address: country</source>
        <translation>Dirección: país</translation>
    </message>
    <message>
        <source>Address: PO box</source>
        <translation>Dirección: apartado de correos</translation>
    </message>
    <message>
        <source>Address: extra line</source>
        <translation>Dirección: línea adicional</translation>
    </message>
    <message>
        <source>Address: as written</source>
        <translation>Dirección: tal como está escrita</translation>
    </message>
    <message>
        <source>Dated event</source>
        <translation>Fecha señalada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Etiqueta del teléfono</translation>
    </message>
    <message>
        <source>Email label</source>
        <translation>Etiqueta del correo</translation>
    </message>
    <message>
        <source>Website label</source>
        <translation>Etiqueta del sitio web</translation>
    </message>
    <message>
        <source>Address label</source>
        <translation>Etiqueta de la dirección</translation>
    </message>
    <message>
        <source>Event label</source>
        <translation>Etiqueta de la fecha</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>Nombre del campo personalizado</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Past imports</source>
        <translation>Importaciones anteriores</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Deshacer esta importación…</translation>
    </message>
    <message>
        <source>Undoing an import removes the customers it added and what it added to customers you already had. A backup is made first.</source>
        <translation>Deshacer una importación quita los clientes que añadió y lo que añadió a clientes que ya tenía. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Todavía no se ha importado nada.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Undo the import of {when} ({files})?

Its {added} new customers are removed, and what it added to {merged} customers you already had.</source>
        <translation>¿Deshacer la importación del {when} ({files})?

Se quitan sus {added} clientes nuevos y lo que añadió a {merged} clientes que ya tenía.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message numerus="yes">
        <source>Import of {when} undone: %Ln customer(s) removed.</source>
        <translation>
            <numerusform>Importación del {when} deshecha: %Ln cliente quitado.</numerusform>
            <numerusform>Importación del {when} deshecha: %Ln clientes quitados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
    <message>
        <source>in the store</source>
        <translation>en la base</translation>
    </message>
</context>
<context>
    <name>InteractionKinds</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>Invitations to {event}</source>
        <translation>Invitaciones a {event}</translation>
    </message>
    <message>
        <source>Copy (for WeChat)</source>
        <translation>Copiar (para WeChat)</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>No guest yet: invite customers first.</source>
        <translation>Aún no hay invitados: invite primero a clientes.</translation>
    </message>
    <message>
        <source>Copied: paste it in WeChat, then mark it as sent.</source>
        <translation>Copiada: péguela en WeChat y luego márquela como enviada.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) logged as sent messages.</source>
        <translation>
            <numerusform>%n invitación registrada como mensaje enviado.</numerusform>
            <numerusform>%n invitaciones registradas como mensajes enviados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to {event}</source>
        <translation>Invitar a {event}</translation>
    </message>
    <message>
        <source>Invite every customer who fits all of these:</source>
        <translation>Invitar a todos los clientes que cumplan todo esto:</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) chosen.</source>
        <translation>
            <numerusform>%n cliente elegido.</numerusform>
            <numerusform>%n clientes elegidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Invitar a %n</numerusform>
            <numerusform>Invitar a %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeSection</name>
    <message>
        <source>Knowing the person</source>
        <translation>Sobre la persona</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Aficiones</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personalidad</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Home fax</source>
        <translation>Fax de casa</translation>
    </message>
    <message>
        <source>Work fax</source>
        <translation>Fax del trabajo</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Buscapersonas</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log a visit or call with {name}</source>
        <translation>Registrar visita o llamada con {name}</translation>
    </message>
    <message>
        <source>Log call with {name}</source>
        <translation>Registrar llamada con {name}</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visita</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se habló</translation>
    </message>
    <message>
        <source>What came of it: next step, order, no interest…</source>
        <translation>Qué salió: siguiente paso, pedido, sin interés…</translation>
    </message>
    <message>
        <source>Call again on</source>
        <translation>Volver a llamar el</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log contact with {name}</source>
        <translation>Registrar contacto con {name}</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se habló</translation>
    </message>
    <message>
        <source>What came of it: next step, order, no interest…</source>
        <translation>Qué salió: siguiente paso, pedido, sin interés…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>LostCustomersModel</name>
    <message>
        <source>Lost customer</source>
        <translation>Cliente perdido</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Perdido el</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>Ingresos perdidos</translation>
    </message>
    <message>
        <source>Other currencies</source>
        <translation>Otras monedas</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>LostGroupsModel</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>Ingresos perdidos</translation>
    </message>
    <message>
        <source>Other currencies</source>
        <translation>Otras monedas</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>sin nivel</translation>
    </message>
</context>
<context>
    <name>LostReasons</name>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>se mudó</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>competencia</translation>
    </message>
    <message>
        <source>no need</source>
        <translation>no lo necesita</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro motivo</translation>
    </message>
</context>
<context>
    <name>LostTab</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Month lost</source>
        <translation>Mes de la pérdida</translation>
    </message>
    <message>
        <source>Lost by reason</source>
        <translation>Pérdidas por motivo</translation>
    </message>
    <message>
        <source>Lost by tier</source>
        <translation>Pérdidas por nivel</translation>
    </message>
    <message>
        <source>Lost by month</source>
        <translation>Pérdidas por mes</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todos</translation>
    </message>
    <message>
        <source>Win back…</source>
        <translation>Recuperar…</translation>
    </message>
    <message>
        <source>Open customer file</source>
        <translation>Abrir ficha del cliente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) lost; revenue lost (their last 12 months before leaving): {revenue}</source>
        <translation>
            <numerusform>%Ln cliente perdido; ingresos perdidos (sus últimos 12 meses antes de irse): {revenue}</numerusform>
            <numerusform>%Ln clientes perdidos; ingresos perdidos (sus últimos 12 meses antes de irse): {revenue}</numerusform>
        </translation>
    </message>
    <message>
        <source>Won back: {won} of {lost} losses ({rate} %): {reasons}</source>
        <translation>Recuperados: {won} de {lost} pérdidas ({rate} %): {reasons}</translation>
    </message>
    <message>
        <source>{reason} {won} of {lost}</source>
        <translation>{reason} {won} de {lost}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{n} lost customers. Select a row of the report above to list only its customers; double-click a customer to open their file.</source>
        <translation>{n} clientes perdidos. Selecciona una fila del informe de arriba para ver solo sus clientes; haz doble clic en un cliente para abrir su ficha.</translation>
    </message>
    <message>
        <source>{shown} of {n} lost customers · {what}: {key}</source>
        <translation>{shown} de {n} clientes perdidos · {what}: {key}</translation>
    </message>
    <message>
        <source>Win back {name}? They become an active customer again: the reason and day they were lost are cleared, and the win is logged on their history.</source>
        <translation>¿Recuperar a {name}? Vuelve a ser un cliente activo: se borran el motivo y el día de la pérdida, y la recuperación queda en su historial.</translation>
    </message>
    <message>
        <source>Win back these {n} customers? They become active customers again: the reasons and days they were lost are cleared, and each win is logged on their history.</source>
        <translation>¿Recuperar a estos {n} clientes? Vuelven a ser clientes activos: se borran los motivos y los días de la pérdida, y cada recuperación queda en su historial.</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>{n} customers are won back: active customers again.</source>
        <translation>{n} clientes recuperados: vuelven a ser clientes activos.</translation>
    </message>
    <message>
        <source>The customer buys again: active once more, logged on their history</source>
        <translation>El cliente vuelve a comprar: activo de nuevo, queda en su historial</translation>
    </message>
    <message>
        <source>, and in other currencies {amounts}</source>
        <translation>, y en otras monedas {amounts}</translation>
    </message>
    <message>
        <source>{name} is won back: an active customer again.</source>
        <translation>{name} recuperado: vuelve a ser un cliente activo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapport — {name}</source>
        <translation>Rapport — {name}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>Plan semanal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Placing addresses on the map: {done} of {total}</source>
        <translation>Situando direcciones en el mapa: {done} de {total}</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <source>Past imports…</source>
        <translation>Importaciones anteriores…</translation>
    </message>
    <message>
        <source>Export customers…</source>
        <translation>Exportar clientes…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Copias de seguridad…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Buscar duplicados…</translation>
    </message>
    <message>
        <source>Products…</source>
        <translation>Productos…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Registrar llamada</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Registrar visita</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Choose whom first: an entry in Today or the week plan, or a customer in Customers.</source>
        <translation>Elija primero a quién: una entrada de Hoy o del plan semanal, o un cliente en Clientes.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to {path}.</source>
        <translation>
            <numerusform>%Ln cliente exportado a {path}.</numerusform>
            <numerusform>%Ln clientes exportados a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Copia guardada: {path}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
</context>
<context>
    <name>MergeChoiceDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <source>Which customer do you keep? The other one&apos;s numbers, emails, notes, history and purchases move to it, and then the other one is deleted.</source>
        <translation>¿Qué cliente conservas? Los teléfonos, correos, notas, historial y compras del otro pasan a él, y después el otro se elimina.</translation>
    </message>
    <message>
        <source>Reading both customers…</source>
        <translation>Leyendo los dos clientes…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>{other} is merged into {keep}, then deleted. A backup is made first.</source>
        <translation>{other} se fusiona con {keep} y después se elimina. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Phone numbers added: {items}</source>
        <translation>Teléfonos añadidos: {items}</translation>
    </message>
    <message>
        <source>Emails added: {items}</source>
        <translation>Correos añadidos: {items}</translation>
    </message>
    <message>
        <source>Addresses added: {items}</source>
        <translation>Direcciones añadidas: {items}</translation>
    </message>
    <message>
        <source>Websites added: {items}</source>
        <translation>Sitios web añadidos: {items}</translation>
    </message>
    <message>
        <source>Groups added: {items}</source>
        <translation>Grupos añadidos: {items}</translation>
    </message>
    <message>
        <source>Custom fields added: {items}</source>
        <translation>Campos personalizados añadidos: {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interacción</numerusform>
            <numerusform>%n interacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n compra</numerusform>
            <numerusform>%n compras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved over: {items}</source>
        <translation>Se trasladan: {items}</translation>
    </message>
    <message>
        <source>Filled in from {other}: {fields}</source>
        <translation>Completado con datos de {other}: {fields}</translation>
    </message>
    <message>
        <source>The photo of {other} is kept.</source>
        <translation>Se conserva la foto de {other}.</translation>
    </message>
    <message>
        <source>Tier becomes {tier}.</source>
        <translation>El nivel pasa a ser {tier}.</translation>
    </message>
    <message numerus="yes">
        <source>Contact every %n day(s).</source>
        <translation>
            <numerusform>Contactar cada %n día.</numerusform>
            <numerusform>Contactar cada %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred by {name}.</source>
        <translation>Recomendado por {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) referred by {other} are now referred by {keep}.</source>
        <translation>
            <numerusform>%n cliente recomendado por {other} pasa a estar recomendado por {keep}.</numerusform>
            <numerusform>%n clientes recomendados por {other} pasan a estar recomendados por {keep}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{other} holds nothing that {keep} does not have already.</source>
        <translation>{other} no tiene nada que {keep} no tenga ya.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>segundo nombre</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>sufijo</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>apodo</translation>
    </message>
    <message>
        <source>given name (phonetic)</source>
        <translation>nombre (fonético)</translation>
    </message>
    <message>
        <source>family name (phonetic)</source>
        <translation>apellidos (fonético)</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>aniversario</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>sales stage</source>
        <translation>fase de venta</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>necesidades</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>problemas</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>hobbies</source>
        <translation>aficiones</translation>
    </message>
    <message>
        <source>personality</source>
        <translation>personalidad</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>preferencias</translation>
    </message>
    <message>
        <source>language of greetings</source>
        <translation>idioma de los saludos</translation>
    </message>
    <message>
        <source>lunar birthday</source>
        <translation>cumpleaños lunar</translation>
    </message>
</context>
<context>
    <name>NeedsSection</name>
    <message>
        <source>Needs and pain points</source>
        <translation>Necesidades y problemas</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>as you would dial it in {country}</source>
        <translation>como lo marcaría en {country}</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Saved as {number}</source>
        <translation>Se guardará como {number}</translation>
    </message>
    <message>
        <source>Not a complete number for {country}; it is kept as typed. Start with + and the country code for another country.</source>
        <translation>No es un número completo para {country}; se guarda tal como está escrito. Para otro país, empiece con + y el prefijo del país.</translation>
    </message>
    <message>
        <source>{names} already has this name and number. Save again to add another customer anyway.</source>
        <translation>{names} ya tiene este nombre y este número. Guarde otra vez para añadir otro cliente de todos modos.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Formatting, links and pictures</source>
        <translation>Formato, enlaces e imágenes</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Fijar arriba</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Web or email address (https://…, mailto:…):</source>
        <translation>Dirección web o de correo (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>Insert picture</source>
        <translation>Insertar imagen</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>{path}: not a picture Rapport can read, or larger than 5 MB.</source>
        <translation>{path}: no es una imagen que Rapport pueda leer, o pesa más de 5 MB.</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <source>Rapport opens only web and email links; this one is not:

{url}</source>
        <translation>Rapport solo abre enlaces web y de correo; este no lo es:

{url}</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <source>Open this link?

{url}</source>
        <translation>¿Abrir este enlace?

{url}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>(picture)</source>
        <translation>(imagen)</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <source>Written by {who}</source>
        <translation>Escrita por {who}</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>New note…</source>
        <translation>Nueva nota…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>¿Eliminar esta nota?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>OccasionBar</name>
    <message>
        <source>Templates…</source>
        <translation>Plantillas…</translation>
    </message>
    <message>
        <source>New occasion…</source>
        <translation>Nueva ocasión…</translation>
    </message>
    <message>
        <source>Occasion:</source>
        <translation>Ocasión:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>Año Nuevo chino</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>Festival del Medio Otoño</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>Festival del Bote del Dragón</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <source>New Year</source>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
</context>
<context>
    <name>OccasionDialog</name>
    <message>
        <source>New occasion</source>
        <translation>Nueva ocasión</translation>
    </message>
    <message>
        <source>Store anniversary, member day…</source>
        <translation>Aniversario de la tienda, día del socio…</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>Sin día</translation>
    </message>
    <message>
        <source>Every year on</source>
        <translation>Cada año el</translation>
    </message>
    <message>
        <source>Once, on</source>
        <translation>Una vez, el</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Where the contacts go</source>
        <translation>Adónde van los contactos</translation>
    </message>
    <message>
        <source>Contacts already in Rapport are matched by phone, email or the card&apos;s id and completed, never overwritten. Nothing is final: the import can be undone.</source>
        <translation>Los contactos que ya están en Rapport se reconocen por teléfono, correo o id de la tarjeta y se completan, nunca se sobrescriben. Nada es definitivo: la importación se puede deshacer.</translation>
    </message>
    <message>
        <source>Add them to the group</source>
        <translation>Añadirlos al grupo</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from</source>
        <translation>Los teléfonos sin prefijo internacional son de</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>no group (type a name to make one)</source>
        <translation>sin grupo (escribe un nombre para crearlo)</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Address labels (A4, 3 × 8)</source>
        <translation>Etiquetas de dirección (A4, 3 × 8)</translation>
    </message>
    <message>
        <source>Envelopes (C6)</source>
        <translation>Sobres (C6)</translation>
    </message>
    <message>
        <source>Greeting cards (A6)</source>
        <translation>Tarjetas de felicitación (A6)</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Imprimir etiquetas</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimir:</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved to {path}: %n customer(s).</source>
        <translation>
            <numerusform>Guardado en {path}: %n cliente.</numerusform>
            <numerusform>Guardado en {path}: %n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, no address: {names}</source>
        <translation>Sin dirección, no incluidos: {names}</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Suggested {tier}</source>
        <translation>Sugerido {tier}</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Porcentaje acumulado</translation>
    </message>
    <message>
        <source>{share} % of revenue</source>
        <translation>{share} % de los ingresos</translation>
    </message>
    <message>
        <source>Customers ranked by revenue</source>
        <translation>Clientes por ingresos</translation>
    </message>
    <message>
        <source>Customers ranked by revenue, {n} per bar</source>
        <translation>Clientes por ingresos, {n} por barra</translation>
    </message>
    <message>
        <source>Revenue ({currency})</source>
        <translation>Ingresos ({currency})</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>No revenue in the window yet: the chart fills in as customers buy.</source>
        <translation>Aún no hay ingresos en el periodo: el gráfico se irá llenando con las compras.</translation>
    </message>
</context>
<context>
    <name>ParetoModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Porcentaje acumulado</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <source>Suggested tier</source>
        <translation>Nivel sugerido</translation>
    </message>
    <message>
        <source>Suggested {new}, now {old}</source>
        <translation>Sugerido {new}, ahora {old}</translation>
    </message>
</context>
<context>
    <name>ParetoTab</name>
    <message>
        <source>Customers ranked by revenue</source>
        <translation>Clientes por ingresos</translation>
    </message>
    <message>
        <source>Use these shares</source>
        <translation>Usar estos porcentajes</translation>
    </message>
    <message>
        <source>Tick all changes</source>
        <translation>Marcar todos los cambios</translation>
    </message>
    <message>
        <source>Clear ticks</source>
        <translation>Quitar marcas</translation>
    </message>
    <message>
        <source>Apply to selected</source>
        <translation>Aplicar a los marcados</translation>
    </message>
    <message>
        <source>Apply all</source>
        <translation>Aplicar todo</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Deshacer el último</translation>
    </message>
    <message>
        <source>A: the customers making the first</source>
        <translation>A: los clientes que suman el primer</translation>
    </message>
    <message>
        <source>of revenue; B: the next</source>
        <translation>de los ingresos; B: el siguiente</translation>
    </message>
    <message>
        <source>No purchases since {start}. Record what customers buy (the Purchases tab of a customer&apos;s file, or rapport buy) and they are ranked here by revenue.</source>
        <translation>Sin compras desde el {start}. Registre lo que compran los clientes (la pestaña Compras de su ficha, o rapport buy) y aquí se ordenan por ingresos.</translation>
    </message>
    <message numerus="yes">
        <source>{total} from %Ln customer(s) since {start}</source>
        <translation>
            <numerusform>{total} de %Ln cliente desde el {start}</numerusform>
            <numerusform>{total} de %Ln clientes desde el {start}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ranked, in other currencies: {amounts} from %Ln customer(s) (those who bought only in them keep their tier)</source>
        <translation>
            <numerusform>Sin clasificar, en otras monedas: {amounts} de %Ln cliente (quienes solo compraron en ellas conservan su nivel)</numerusform>
            <numerusform>Sin clasificar, en otras monedas: {amounts} de %Ln clientes (quienes solo compraron en ellas conservan su nivel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give every customer their suggested tier? %Ln customer(s) change tier. “Undo last” puts the old tiers back.</source>
        <translation>
            <numerusform>¿Dar a todos los clientes su nivel sugerido? %Ln cliente cambia de nivel. «Deshacer el último» devuelve los niveles anteriores.</numerusform>
            <numerusform>¿Dar a todos los clientes su nivel sugerido? %Ln clientes cambian de nivel. «Deshacer el último» devuelve los niveles anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) got their suggested tier.</source>
        <translation>
            <numerusform>%Ln cliente tiene ya su nivel sugerido.</numerusform>
            <numerusform>%Ln clientes tienen ya su nivel sugerido.</numerusform>
        </translation>
    </message>
    <message>
        <source>{tier}: {n} ({revenue})</source>
        <translation>{tier}: {n} ({revenue})</translation>
    </message>
    <message>
        <source>{n} would change tier</source>
        <translation>{n} cambiarían de nivel</translation>
    </message>
    <message>
        <source>Tiers are now suggested with A {a} % and B {b} %.</source>
        <translation>Ahora los niveles se sugieren con A {a} % y B {b} %.</translation>
    </message>
    <message>
        <source>Tick the customers whose suggested tier you want first.</source>
        <translation>Marca primero los clientes cuyo nivel sugerido quieres.</translation>
    </message>
    <message>
        <source>Give the {n} ticked customers their suggested tier? {changing} of them change tier. “Undo last” puts the old tiers back.</source>
        <translation>¿Dar a los {n} clientes marcados su nivel sugerido? {changing} de ellos cambian de nivel. «Deshacer el último» devuelve los niveles anteriores.</translation>
    </message>
    <message>
        <source>Nothing to change: those customers already have their suggested tier.</source>
        <translation>Nada que cambiar: esos clientes ya tienen su nivel sugerido.</translation>
    </message>
    <message>
        <source>Put back the tiers the last “Apply” changed?</source>
        <translation>¿Devolver los niveles que cambió el último «Aplicar»?</translation>
    </message>
    <message>
        <source>{n} tiers put back; {skipped} changed again since, left as they are.</source>
        <translation>{n} niveles devueltos; {skipped} cambiaron después y se dejan como están.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveles</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <source>Edit phone</source>
        <translation>Editar teléfono</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>as you would dial it, e.g. 138 1234 5678 or +34 612 345 678</source>
        <translation>tal como lo marcarías, p. ej. 612 345 678 o +86 138 1234 5678</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>A number that is not complete is kept as written and marked.</source>
        <translation>Un número incompleto se guarda tal como está escrito y se marca.</translation>
    </message>
    <message>
        <source>Phone number: please type the number.</source>
        <translation>Número de teléfono: escribe el número.</translation>
    </message>
</context>
<context>
    <name>PhoneSync</name>
    <message>
        <source>stopped; nothing was changed here</source>
        <translation>detenido; aquí no se cambió nada</translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation>{label}: {error}</translation>
    </message>
    <message>
        <source>{label}: {down} down, {up} up, {here} deleted here, {there} deleted there, {conflicts} conflicts merged</source>
        <translation>{label}: {down} recibidos, {up} enviados, {here} borrados aquí, {there} borrados allí, {conflicts} conflictos fusionados</translation>
    </message>
    <message>
        <source>  merged: {line}</source>
        <translation>  fusionado: {line}</translation>
    </message>
    <message>
        <source>  skipped: {line}</source>
        <translation>  omitido: {line}</translation>
    </message>
    <message>
        <source>Sync with phone…</source>
        <translation>Sincronizar con el teléfono…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Sync with the phone&apos;s address book now, both ways</source>
        <translation>Sincronizar ahora con la libreta del teléfono, en ambos sentidos</translation>
    </message>
    <message>
        <source>Delete on the phone?</source>
        <translation>¿Borrar en el teléfono?</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) you put in the trash are still on the phone: {names}. Delete them there too?</source>
        <translation>
            <numerusform>%n cliente que puso en la papelera sigue en el teléfono: {names}. ¿Borrarlo también allí?</numerusform>
            <numerusform>%n clientes que puso en la papelera siguen en el teléfono: {names}. ¿Borrarlos también allí?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoLabel</name>
    <message>
        <source>Click to choose a photo; right-click to remove it</source>
        <translation>Haga clic para elegir una foto; clic derecho para quitarla</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Foto de {name}</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Nothing planned.</source>
        <translation>Nada planificado.</translation>
    </message>
    <message>
        <source>From {day}: the days before are over.</source>
        <translation>Desde {day}: los días anteriores ya pasaron.</translation>
    </message>
    <message>
        <source>{reason}, 1 day overdue</source>
        <translation>{reason}, 1 día de retraso</translation>
    </message>
    <message>
        <source>{reason}, {n} days overdue</source>
        <translation>{reason}, {n} días de retraso</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Week {n} · {dates}</source>
        <translation>Semana {n} · {dates}</translation>
    </message>
    <message>
        <source>{planned} planned: {visits} visits and {calls} calls, up to {capacity} a day.</source>
        <translation>{planned} planificados: {visits} visitas y {calls} llamadas, hasta {capacity} al día.</translation>
    </message>
    <message>
        <source>Carried over to next week&apos;s plan (week {week}): {n}</source>
        <translation>Pasan al plan de la semana que viene (semana {week}): {n}</translation>
    </message>
    <message>
        <source>Visits: {visits} · Calls: {calls}</source>
        <translation>Visitas: {visits} · Llamadas: {calls}</translation>
    </message>
    <message>
        <source>{day} (continued)</source>
        <translation>{day} (continúa)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>visit due, no address</source>
        <translation>toca visita, sin dirección</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Due by cadence</source>
        <translation>Pendiente por frecuencia</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Fin de la garantía</translation>
    </message>
    <message>
        <source>Thank for a referral</source>
        <translation>Agradecer una recomendación</translation>
    </message>
</context>
<context>
    <name>PlanPrintPreview</name>
    <message>
        <source>Print {title}</source>
        <translation>Imprimir {title}</translation>
    </message>
    <message>
        <source>Compact: the week on two pages</source>
        <translation>Compacto: la semana en dos páginas</translation>
    </message>
    <message>
        <source>Daily: a page a day, room to write</source>
        <translation>Diario: una página por día, con sitio para escribir</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>The days left this week, or next week once this week&apos;s working days are over</source>
        <translation>Los días que quedan de esta semana, o la semana próxima cuando ya no quedan días laborables en esta</translation>
    </message>
    <message>
        <source>Undo my moves</source>
        <translation>Deshacer mis cambios</translation>
    </message>
    <message>
        <source>Plan this week again without the days you chose</source>
        <translation>Volver a planificar la semana sin los días que elegiste</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exportar al calendario…</translation>
    </message>
    <message>
        <source>The week&apos;s visits and calls, and the follow-ups ahead, as an .ics file; importing it again updates the events</source>
        <translation>Las visitas y llamadas de la semana, y los seguimientos próximos, en un archivo .ics; importarlo otra vez actualiza los eventos</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Plan de visitas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Week {n}&lt;/b&gt; · {dates}</source>
        <translation>&lt;b&gt;Semana {n}&lt;/b&gt; · {dates}</translation>
    </message>
    <message>
        <source>This week is over: there is nothing left to plan in it.</source>
        <translation>Esta semana ya terminó: no queda nada por planificar en ella.</translation>
    </message>
    <message>
        <source>{planned} planned ({visits} visits, {calls} calls), up to {capacity} a day. Drag an entry to another day to move it.</source>
        <translation>{planned} planificados ({visits} visitas, {calls} llamadas), hasta {capacity} al día. Arrastra una entrada a otro día para moverla.</translation>
    </message>
    <message numerus="yes">
        <source>%n carried over to next week&apos;s plan (week {week}).</source>
        <translation>
            <numerusform>%n pasa al plan de la semana que viene (semana {week}).</numerusform>
            <numerusform>%n pasan al plan de la semana que viene (semana {week}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated entries found no room on or before their day: they are on Today&apos;s list.</source>
        <translation>
            <numerusform>%n entrada con fecha no cabe en su día ni antes: está en la lista de Hoy.</numerusform>
            <numerusform>%n entradas con fecha no caben en su día ni antes: están en la lista de Hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brought forward from next week.</source>
        <translation>
            <numerusform>%n adelantado de la semana que viene.</numerusform>
            <numerusform>%n adelantados de la semana que viene.</numerusform>
        </translation>
    </message>
    <message>
        <source>From {day}: the days before are over.</source>
        <translation>Desde {day}: los días anteriores ya pasaron.</translation>
    </message>
    <message>
        <source>Nothing to plan this week. A customer comes into the plan when they fall due: give customers a tier (Customers → Set tier, or the suggestions in Value → 80/20), schedule a follow-up, or add a birthday.</source>
        <translation>Nada que planificar esta semana. Un cliente entra en el plan cuando le toca: asigne niveles a los clientes (Clientes → Asignar nivel, o las sugerencias de Valor → 80/20), programe un seguimiento o añada un cumpleaños.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Guardar el plan como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>Export the plan to a calendar</source>
        <translation>Exportar el plan a un calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>Guardado %n evento en {path}.</numerusform>
            <numerusform>Guardados %n eventos en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookModel</name>
    <message>
        <source>Talk track</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objeción</translation>
    </message>
    <message>
        <source>Case story</source>
        <translation>Caso de éxito</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>For every customer</source>
        <translation>Para todos los clientes</translation>
    </message>
</context>
<context>
    <name>PlaybookTab</name>
    <message>
        <source>Search the playbook (pinyin too)…</source>
        <translation>Buscar en el manual (también en pinyin)…</translation>
    </message>
    <message>
        <source>Copy filled in</source>
        <translation>Copiar rellenado</translation>
    </message>
    <message>
        <source>Save as note</source>
        <translation>Guardar como nota</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <source>No entry fits this search.</source>
        <translation>Ninguna entrada coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>No playbook entry fits this customer yet. Import a folder of entries, or add them with &apos;rapport playbook add&apos;; an entry without tags fits everyone.</source>
        <translation>Todavía no hay entradas del manual para este cliente. Importa una carpeta de entradas o añádelas con «rapport playbook add»; una entrada sin etiquetas vale para todos.</translation>
    </message>
    <message>
        <source>Import a playbook folder</source>
        <translation>Importar una carpeta del manual</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What is in the files</source>
        <translation>Qué hay en los archivos</translation>
    </message>
    <message>
        <source>Check the columns of CSV files: double-click “Imported as” to change one.</source>
        <translation>Revisa las columnas de los CSV: haz doble clic en «Se importa como» para cambiar una.</translation>
    </message>
    <message>
        <source>What each file holds; nothing is imported until you press Import.</source>
        <translation>Lo que contiene cada archivo; no se importa nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>Columns of {name}</source>
        <translation>Columnas de {name}</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Leyendo los archivos…</translation>
    </message>
    <message>
        <source>Remove the files that cannot be imported to go on.</source>
        <translation>Quita los archivos que no se pueden importar para seguir.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import</source>
        <translation>
            <numerusform>%n archivo para importar</numerusform>
            <numerusform>%n archivos para importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contact(s) in the vCards</source>
        <translation>
            <numerusform>, %n contacto en las vCard</numerusform>
            <numerusform>, %n contactos en las vCard</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: reading…</source>
        <translation>{name}: leyendo…</translation>
    </message>
    <message>
        <source>{name}: cannot be imported: {error} (remove it on the previous page)</source>
        <translation>{name}: no se puede importar: {error} (quítalo en la página anterior)</translation>
    </message>
    <message numerus="yes">
        <source>{name}: vCard, {encoding}, %n contact(s)</source>
        <translation>
            <numerusform>{name}: vCard, {encoding}, %n contacto</numerusform>
            <numerusform>{name}: vCard, {encoding}, %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>encoding per card</source>
        <translation>codificación por tarjeta</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>{name}: CSV, {encoding}, separated by {sep}, {header}</source>
        <translation>{name}: CSV, {encoding}, separado por {sep}, {header}</translation>
    </message>
    <message>
        <source>first row is the column names</source>
        <translation>la primera fila son los nombres de las columnas</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sin fila de encabezado</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Search products…</source>
        <translation>Buscar productos…</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. &apos;Bought again after&apos; is how many days a customer usually takes to buy the product again: the reorder reminders start from it.</source>
        <translation>Haz doble clic en una celda para cambiarla. «Se vuelve a comprar a los» es cuántos días suele tardar un cliente en volver a comprar el producto: de ahí parten los avisos de reposición.</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Añadir producto…</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Añadir producto</translation>
    </message>
    <message>
        <source>Name of the product:</source>
        <translation>Nombre del producto:</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Precio de lista</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>Garantía (meses)</translation>
    </message>
    <message>
        <source>Bought again after (days)</source>
        <translation>Se vuelve a comprar a los (días)</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>e.g. 1999.00</source>
        <translation>p. ej. 1999.00</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Comprado el</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Usage notes</source>
        <translation>Notas de uso</translation>
    </message>
</context>
<context>
    <name>PurchasesModel</name>
    <message>
        <source>Bought</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Garantía hasta</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <source>Add purchase…</source>
        <translation>Añadir compra…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete purchase</source>
        <translation>Eliminar compra</translation>
    </message>
    <message>
        <source>Delete the purchase of {product}?</source>
        <translation>¿Eliminar la compra de {product}?</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
</context>
<context>
    <name>QuadrantView</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({n}) &lt;span style=&apos;color:gray&apos;&gt;{hint}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({n}) &lt;span style=&apos;color:gray&apos;&gt;{hint}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ReachDialog</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
</context>
<context>
    <name>ReachList</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ReachSection</name>
    <message>
        <source>Phones, emails and addresses</source>
        <translation>Teléfonos, correos y direcciones</translation>
    </message>
    <message>
        <source>Add phone…</source>
        <translation>Añadir teléfono…</translation>
    </message>
    <message>
        <source>Edit this phone number</source>
        <translation>Editar este número de teléfono</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>Quitar este número de teléfono</translation>
    </message>
    <message>
        <source>Add email…</source>
        <translation>Añadir correo…</translation>
    </message>
    <message>
        <source>Edit this email address</source>
        <translation>Editar este correo electrónico</translation>
    </message>
    <message>
        <source>Remove this email address</source>
        <translation>Quitar este correo electrónico</translation>
    </message>
    <message>
        <source>Add address…</source>
        <translation>Añadir dirección…</translation>
    </message>
    <message>
        <source>Edit this address</source>
        <translation>Editar esta dirección</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Quitar esta dirección</translation>
    </message>
    <message>
        <source>Add website…</source>
        <translation>Añadir sitio web…</translation>
    </message>
    <message>
        <source>Edit this website</source>
        <translation>Editar este sitio web</translation>
    </message>
    <message>
        <source>Remove this website</source>
        <translation>Quitar este sitio web</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <source>Remove phone number</source>
        <translation>Quitar número de teléfono</translation>
    </message>
    <message>
        <source>Remove the phone number {item} from {name}?</source>
        <translation>¿Quitar el número de teléfono {item} de {name}?</translation>
    </message>
    <message>
        <source>Remove email address</source>
        <translation>Quitar correo electrónico</translation>
    </message>
    <message>
        <source>Remove the email address {item} from {name}?</source>
        <translation>¿Quitar el correo electrónico {item} de {name}?</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Quitar dirección</translation>
    </message>
    <message>
        <source>Remove the address {item} from {name}?</source>
        <translation>¿Quitar la dirección «{item}» de {name}?</translation>
    </message>
    <message>
        <source>Remove website</source>
        <translation>Quitar sitio web</translation>
    </message>
    <message>
        <source>Remove the website {item} from {name}?</source>
        <translation>¿Quitar el sitio web {item} de {name}?</translation>
    </message>
    <message>
        <source>not a complete number</source>
        <translation>número incompleto</translation>
    </message>
</context>
<context>
    <name>RecipientsBar</name>
    <message>
        <source>Any tier</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Tier {code}</source>
        <translation>Nivel {code}</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Cualquier grupo</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>Cualquier ciudad</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Cumpleaños de esta semana</translation>
    </message>
    <message>
        <source>Only customers whose birthday falls in the seven days from the day chosen; lunar (农历) birthdays on this year&apos;s day</source>
        <translation>Solo los clientes cuyo cumpleaños cae en los siete días desde el día elegido; los cumpleaños lunares (农历), en su día de este año</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Own revenue</source>
        <translation>Ingresos propios</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>Of whom bought</source>
        <translation>De ellos compraron</translation>
    </message>
    <message>
        <source>Their revenue</source>
        <translation>Sus ingresos</translation>
    </message>
    <message>
        <source>Also, not converted: {amounts}</source>
        <translation>Además, sin convertir: {amounts}</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Referral trees</source>
        <translation>Árboles de recomendaciones</translation>
    </message>
    <message>
        <source>{referrers} contacts referred {referred} others; {bought} of those bought.</source>
        <translation>{referrers} contactos recomendaron a {referred} personas; {bought} de ellas compraron.</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Your country</source>
        <translation>Su país</translation>
    </message>
    <message>
        <source>Which country are your customers&apos; phone numbers from? Numbers written without a country code (+…) are read as numbers of that country. You can change it later in Settings.</source>
        <translation>¿De qué país son los teléfonos de sus clientes? Los números escritos sin prefijo de país (+…) se leen como números de ese país. Puede cambiarlo después en Ajustes.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Elija un país</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>Preguntar más tarde</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report: {event}</source>
        <translation>Informe: {event}</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>No asistieron</translation>
    </message>
    <message>
        <source>Capacity: {capacity}</source>
        <translation>Aforo: {capacity}</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Bought from {first} to {last} ({days} days):</source>
        <translation>Compras del {first} al {last} ({days} días):</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Compraron</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>A guest</source>
        <translation>Por invitado</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) added</source>
        <translation>
            <numerusform>%n contacto nuevo añadido</numerusform>
            <numerusform>%n contactos nuevos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing contact(s) completed</source>
        <translation>
            <numerusform>%n contacto existente completado</numerusform>
            <numerusform>%n contactos existentes completados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known, unchanged</source>
        <translation>
            <numerusform>%n ya conocido, sin cambios</numerusform>
            <numerusform>%n ya conocidos, sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person (not merged)</source>
        <translation>
            <numerusform>%n pareja que puede ser la misma persona (sin fusionar)</numerusform>
            <numerusform>%n parejas que pueden ser la misma persona (sin fusionar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) read again for {country}</source>
        <translation>
            <numerusform>%n número leído de nuevo para {country}</numerusform>
            <numerusform>%n números leídos de nuevo para {country}</numerusform>
        </translation>
    </message>
    <message>
        <source>Most numbers are not valid for {country}: {valid} of {failed} are valid for {other}.</source>
        <translation>La mayoría de los números no son válidos para {country}: {valid} de {failed} son válidos para {other}.</translation>
    </message>
    <message>
        <source>Read the numbers as {other}</source>
        <translation>Leer los números como de {other}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the rest was imported:</source>
        <translation>
            <numerusform>Se encontró %n problema; el resto se importó:</numerusform>
            <numerusform>Se encontraron %n problemas; el resto se importó:</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <source>The import was undone: what it added is gone again.</source>
        <translation>Importación deshecha: lo que añadió ya no está.</translation>
    </message>
</context>
<context>
    <name>ReturnVisitsSection</name>
    <message>
        <source>Add category…</source>
        <translation>Añadir categoría…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Return visits after a sale (on Today, each on its day with its reason):</source>
        <translation>Visitas de seguimiento tras una venta (en Hoy, cada una en su día con su motivo):</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Añadir categoría</translation>
    </message>
    <message>
        <source>Product category:</source>
        <translation>Categoría de producto:</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>No visit with a known place to show on the map.</source>
        <translation>Ninguna visita tiene un lugar conocido que mostrar en el mapa.</translation>
    </message>
    <message>
        <source>S</source>
        <comment>the start on the map</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <source>Show on the map</source>
        <translation>Mostrar en el mapa</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Whole week</source>
        <translation>Toda la semana</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ {km} km in a straight line</source>
        <translation>≈ {km} km en línea recta</translation>
    </message>
    <message numerus="yes">
        <source>%n without a known place (last in the day, not on the map)</source>
        <translation>
            <numerusform>%n sin lugar conocido (al final del día, fuera del mapa)</numerusform>
            <numerusform>%n sin lugar conocido (al final del día, fuera del mapa)</numerusform>
        </translation>
    </message>
    <message>
        <source>From and back to {address}</source>
        <translation>Salida y vuelta: {address}</translation>
    </message>
    <message>
        <source>No start address: each day starts at its first visit (set one in Settings)</source>
        <translation>Sin dirección de salida: cada día empieza en su primera visita (indícala en Ajustes)</translation>
    </message>
    <message>
        <source>Choose a day for its link to a maps app.</source>
        <translation>Elige un día para su enlace a una aplicación de mapas.</translation>
    </message>
    <message>
        <source>No visit with an address: nothing to open in a maps app.</source>
        <translation>Ninguna visita tiene dirección: nada que abrir en una aplicación de mapas.</translation>
    </message>
    <message>
        <source>Open route in maps</source>
        <translation>Abrir la ruta en mapas</translation>
    </message>
    <message>
        <source>start</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>Open route in maps:</source>
        <translation>Abrir la ruta en mapas:</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Detener la importación</translation>
    </message>
    <message numerus="yes">
        <source>Reading and matching %n file(s)…</source>
        <translation>
            <numerusform>Leyendo y comparando %n archivo…</numerusform>
            <numerusform>Leyendo y comparando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>Importación detenida. No se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
</context>
<context>
    <name>SchedulesModel</name>
    <message>
        <source>Product category</source>
        <translation>Categoría de producto</translation>
    </message>
    <message>
        <source>Visits (days: reason; …)</source>
        <translation>Visitas (días: motivo; …)</translation>
    </message>
    <message>
        <source>Days before the warranty ends</source>
        <translation>Días antes del fin de la garantía</translation>
    </message>
    <message>
        <source>All other purchases</source>
        <translation>Todas las demás compras</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>e.g. 3: is it working?; 30: how is it going?</source>
        <translation>p. ej. 3: ¿funciona bien?; 30: ¿qué tal le va?</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Recencia (días)</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Buying days in the window</source>
        <translation>Días con compras en el periodo</translation>
    </message>
    <message>
        <source>Spent in the window, main currency</source>
        <translation>Gastado en el periodo, moneda principal</translation>
    </message>
    <message>
        <source>Recency score, 5 = most recent</source>
        <translation>Puntuación de recencia, 5 = más reciente</translation>
    </message>
    <message>
        <source>Frequency score, 5 = most often</source>
        <translation>Puntuación de frecuencia, 5 = más a menudo</translation>
    </message>
    <message>
        <source>Monetary score, 5 = most spent</source>
        <translation>Puntuación de importe, 5 = más gasto</translation>
    </message>
    <message>
        <source>Dormant: quiet for more than twice the usual interval between purchases</source>
        <translation>Inactivo: sin comprar más del doble de su intervalo habitual entre compras</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>en riesgo</translation>
    </message>
    <message>
        <source>Amounts in other currencies are not converted and do not count for M.</source>
        <translation>Los importes en otras monedas no se convierten y no cuentan para M.</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>RFM scores</source>
        <translation>Puntuaciones RFM</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>desde el {start}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s): {amounts}</source>
        <translation>
            <numerusform>%Ln cliente: {amounts}</numerusform>
            <numerusform>%Ln clientes: {amounts}</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>customers with purchases ({n} never bought)</source>
        <translation>clientes con compras ({n} nunca compraron)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activos</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>inactivos</translation>
    </message>
    <message>
        <source>revenue {window}</source>
        <translation>ingresos {window}</translation>
    </message>
    <message>
        <source>in other currencies {window}, not converted</source>
        <translation>en otras monedas {window}, sin convertir</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>Copy (for WeChat)</source>
        <translation>Copiar (para WeChat)</translation>
    </message>
    <message>
        <source>Open SMS</source>
        <translation>Abrir SMS</translation>
    </message>
    <message>
        <source>Open email</source>
        <translation>Abrir correo</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Imprimir etiquetas…</translation>
    </message>
    <message>
        <source>The greeting to {name} is copied: paste it in WeChat, then mark it as sent.</source>
        <translation>La felicitación para {name} está copiada: péguela en WeChat y márquela como enviada.</translation>
    </message>
    <message>
        <source>The message to {name} is open in your messaging app; mark it as sent once it is sent.</source>
        <translation>El mensaje para {name} está abierto en su aplicación de mensajes; márquelo como enviado cuando lo envíe.</translation>
    </message>
    <message>
        <source>No app here opens the link: the greeting to {name} is copied instead.</source>
        <translation>Ninguna aplicación de este equipo abre el enlace: se ha copiado la felicitación para {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n greeting(s) logged as sent messages.</source>
        <translation>
            <numerusform>%n felicitación registrada como mensaje enviado.</numerusform>
            <numerusform>%n felicitaciones registradas como mensajes enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export greetings for bulk SMS</source>
        <translation>Exportar felicitaciones para SMS masivos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n greeting(s) saved to {path}.</source>
        <translation>
            <numerusform>%n felicitación guardada en {path}.</numerusform>
            <numerusform>%n felicitaciones guardadas en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Backups made before now still hold this data until they rotate out.</source>
        <translation>Las copias de seguridad anteriores conservan estos datos hasta que se sustituyan.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>A customer due to reorder is listed in Today this many days before the expected purchase</source>
        <translation>Un cliente que debe reponer aparece en Hoy estos días antes de la compra prevista</translation>
    </message>
    <message>
        <source>Your office or home, e.g. Calle Mayor 5, Madrid</source>
        <translation>Tu oficina o tu casa, p. ej. Calle Mayor 5, Madrid</translation>
    </message>
    <message>
        <source>Each day&apos;s visits are put in the order that shortens the drive from here and back (placed to its district or city, offline)</source>
        <translation>Las visitas de cada día se ordenan para acortar el trayecto desde aquí y de vuelta (situadas en su distrito o ciudad, sin conexión)</translation>
    </message>
    <message>
        <source>Written beside the calls, notes and purchases you record and the customers you change; your customers are those whose owner is this name</source>
        <translation>Se anota junto a las llamadas, notas y compras que registras y los clientes que cambias; tus clientes son aquellos cuyo responsable lleva este nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from</source>
        <translation>Los teléfonos sin prefijo internacional son de</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Llamadas al día</translation>
    </message>
    <message>
        <source>Reorder reminders, days ahead</source>
        <translation>Avisos de reposición, días de antelación</translation>
    </message>
    <message>
        <source>Each day&apos;s route starts at</source>
        <translation>La ruta de cada día sale de</translation>
    </message>
    <message>
        <source>Tiers (double-click a colour to change it):</source>
        <translation>Niveles (doble clic en un color para cambiarlo):</translation>
    </message>
    <message>
        <source>Tier colour</source>
        <translation>Color del nivel</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Elige al menos un día laborable.</translation>
    </message>
    <message>
        <source>Restart Rapport to see it in the language you chose.</source>
        <translation>Reinicia Rapport para verlo en el idioma elegido.</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Hace</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Rename group…</source>
        <translation>Renombrar grupo…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Remove colour</source>
        <translation>Quitar color</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Eliminar grupo…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Nombre del grupo nuevo:</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renombrar grupo</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Group colour</source>
        <translation>Color del grupo</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Delete the group “{name}”? Its contacts stay; only the group goes.</source>
        <translation>¿Eliminar el grupo «{name}»? Sus contactos se quedan; solo desaparece el grupo.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Cumpleaños esta semana</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>Mis clientes</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nunca contactados</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <source>Snooze {name} until</source>
        <translation>Posponer a {name} hasta</translation>
    </message>
</context>
<context>
    <name>SourceSection</name>
    <message>
        <source>Where they came from</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>e.g. referral, trade fair, website</source>
        <translation>p. ej. recomendación, feria, web</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Canal de origen</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
</context>
<context>
    <name>StageCardsModel</name>
    <message>
        <source>{name}
“{stage}”</source>
        <translation>{name}
«{stage}»</translation>
    </message>
    <message numerus="yes">
        <source>{name}
%Ln day(s) here</source>
        <translation>
            <numerusform>{name}
%Ln día aquí</numerusform>
            <numerusform>{name}
%Ln días aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>In this stage since {day}</source>
        <translation>En esta fase desde el {day}</translation>
    </message>
</context>
<context>
    <name>StageReportModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entraron</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Avanzaron</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>Siguen ahí</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Días de media</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Todos los meses</translation>
    </message>
</context>
<context>
    <name>StagesTab</name>
    <message>
        <source>Prospect</source>
        <translation>Posible cliente</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Necesidades detectadas</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>After-sale</source>
        <translation>Posventa</translation>
    </message>
    <message>
        <source>Other (old stages)</source>
        <translation>Otras (fases antiguas)</translation>
    </message>
    <message>
        <source>Stage report by month</source>
        <translation>Informe de fases por mes</translation>
    </message>
    <message>
        <source>Drag a card to another column to move the contact; the move is logged on their history.</source>
        <translation>Arrastra una tarjeta a otra columna para mover el contacto; el cambio queda en su historial.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;No customer has a sales stage yet.&lt;/b&gt; Give one in the customer&apos;s file (Details → Sales stage); the customer then appears here, and you move them on by dragging their card to the next column.</source>
        <translation>&lt;b&gt;Ningún cliente tiene aún una fase de venta.&lt;/b&gt; Asígnela en la ficha del cliente (Datos → Fase de venta); el cliente aparece entonces aquí, y lo hace avanzar arrastrando su tarjeta a la columna siguiente.</translation>
    </message>
    <message>
        <source>{n} moved to {stage}.</source>
        <translation>{n} movidos a «{stage}».</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with phone</source>
        <translation>Sincronizar con el teléfono</translation>
    </message>
    <message>
        <source>Link an address book (CardDAV: Nextcloud, Radicale, iCloud, Fastmail…)</source>
        <translation>Vincular una libreta (CardDAV: Nextcloud, Radicale, iCloud, Fastmail…)</translation>
    </message>
    <message>
        <source>the address book&apos;s own name</source>
        <translation>el nombre propio de la libreta</translation>
    </message>
    <message>
        <source>Server or address book:</source>
        <translation>Servidor o libreta:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Call it:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only when I press Sync</source>
        <translation>solo cuando pulso Sincronizar</translation>
    </message>
    <message>
        <source>ask me</source>
        <translation>preguntarme</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Sync while Rapport is open, every:</source>
        <translation>Sincronizar con Rapport abierto, cada:</translation>
    </message>
    <message>
        <source>Delete on the phone a customer I put in the trash:</source>
        <translation>Borrar en el teléfono un cliente que pongo en la papelera:</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Linked address books:</source>
        <translation>Libretas vinculadas:</translation>
    </message>
    <message>
        <source>Report of the last sync:</source>
        <translation>Informe de la última sincronización:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>{label}: {url} ({count} cards)</source>
        <translation>{label}: {url} ({count} tarjetas)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected. Address books found: {names}</source>
        <translation>Conectado. Libretas encontradas: {names}</translation>
    </message>
    <message>
        <source>Linked &apos;{label}&apos;: {url}.</source>
        <translation>Vinculada &apos;{label}&apos;: {url}.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked each time.</source>
        <translation>Este ordenador no tiene llavero: la contraseña se pide cada vez.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>a person&apos;s name, e.g. yours: {name}</source>
        <translation>el nombre de una persona, p. ej. el tuyo: {name}</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Templates: {occasion}</source>
        <translation>Plantillas: {occasion}</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Insertar:</translation>
    </message>
    <message>
        <source>Each customer gets the text in their own language. A field the customer has no value for is left out with its comma; [text in brackets] goes with an empty field inside it.</source>
        <translation>Cada cliente recibe el texto en su idioma. Un campo sin valor para el cliente se omite con su coma; [el texto entre corchetes] se omite si un campo dentro está vacío.</translation>
    </message>
    <message>
        <source>Use the built-in text</source>
        <translation>Usar el texto de fábrica</translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <source>A: key customers</source>
        <translation>A: clientes clave</translation>
    </message>
    <message>
        <source>B: important</source>
        <translation>B: importantes</translation>
    </message>
    <message>
        <source>C: regular</source>
        <translation>C: habituales</translation>
    </message>
    <message>
        <source>D: occasional</source>
        <translation>D: ocasionales</translation>
    </message>
</context>
<context>
    <name>TiersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Llamar cada (días)</translation>
    </message>
    <message>
        <source>Visit every (days)</source>
        <translation>Visitar cada (días)</translation>
    </message>
    <message>
        <source>no visits</source>
        <translation>sin visitas</translation>
    </message>
    <message>
        <source>Leave empty (or 0) for a tier that is called, never visited</source>
        <translation>Déjalo vacío (o 0) para un nivel al que se llama y nunca se visita</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
</context>
<context>
    <name>TodayPane</name>
    <message>
        <source>Today&apos;s calls</source>
        <translation>Llamadas de hoy</translation>
    </message>
    <message>
        <source>Four quadrants</source>
        <translation>Cuatro cuadrantes</translation>
    </message>
    <message>
        <source>Important (tier A/B) against urgent (overdue or due today)</source>
        <translation>Importante (nivel A/B) frente a urgente (atrasado o para hoy)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;, {day} — {n} to call</source>
        <translation>&lt;b&gt;Hoy&lt;/b&gt;, {day}: {n} por llamar</translation>
    </message>
    <message>
        <source>Greeting for {name} copied.</source>
        <translation>Felicitación para {name} copiada.</translation>
    </message>
    <message>
        <source>{number} copied.</source>
        <translation>{number} copiado.</translation>
    </message>
</context>
<context>
    <name>ValuePdf</name>
    <message>
        <source>Customers: {customers}; purchases from {start} to {today}: {total}.</source>
        <translation>Clientes: {customers}; compras del {start} al {today}: {total}.</translation>
    </message>
    <message>
        <source>A: the first {a}% of revenue, B: the next {b}%, C: the rest who bought, D: never bought.</source>
        <translation>A: el primer {a}% de los ingresos, B: el {b}% siguiente, C: el resto de los que compraron, D: nunca compraron.</translation>
    </message>
    <message>
        <source>Not ranked (other currencies are not converted): {amounts}.</source>
        <translation>Sin clasificar (las otras monedas no se convierten): {amounts}.</translation>
    </message>
    <message>
        <source>Suggested tiers</source>
        <translation>Niveles sugeridos</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Customers by revenue</source>
        <translation>Clientes por ingresos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>80/20 view</source>
        <translation>Vista 80/20</translation>
    </message>
    <message>
        <source>Nobody bought anything in this period.</source>
        <translation>Nadie compró nada en este periodo.</translation>
    </message>
    <message>
        <source>Customers: {customers}; purchases from {start} to {today}; dormant: {dormant}; never bought: {never}.</source>
        <translation>Clientes: {customers}; compras del {start} al {today}; inactivos: {dormant}; nunca compraron: {never}.</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Other currencies</source>
        <translation>Otras monedas</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>Puntuaciones RFM</translation>
    </message>
    <message>
        <source>Who referred whom</source>
        <translation>Quién recomendó a quién</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>By referrer</source>
        <translation>Por recomendante</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Recomendante</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>Purchases up to {today}.</source>
        <translation>Compras hasta el {today}.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Nobody has referred anyone yet.</source>
        <translation>Nadie ha recomendado a nadie todavía.</translation>
    </message>
    <message>
        <source>Lost customers: {customers}; revenue in the 12 months before each was lost: {revenue}.</source>
        <translation>Clientes perdidos: {customers}; ingresos de los 12 meses antes de perder a cada uno: {revenue}.</translation>
    </message>
    <message>
        <source>Lost from {since} to {until}.</source>
        <translation>Perdidos del {since} al {until}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>Ingresos perdidos</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Recuperados</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>No customer was lost in this period.</source>
        <translation>No se perdió ningún cliente en este periodo.</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>Por motivo</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Por nivel</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>sin nivel</translation>
    </message>
</context>
<context>
    <name>ValueTab</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>ValueView</name>
    <message>
        <source>80/20</source>
        <translation>80/20</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
</context>
<context>
    <name>WebsiteDialog</name>
    <message>
        <source>Edit website</source>
        <translation>Editar sitio web</translation>
    </message>
    <message>
        <source>Add website</source>
        <translation>Añadir sitio web</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Web address: please type the address.</source>
        <translation>Dirección web: escribe la dirección.</translation>
    </message>
    <message>
        <source>Web address: “{url}” has a space in it.</source>
        <translation>Dirección web: «{url}» contiene un espacio.</translation>
    </message>
</context>
<context>
    <name>WorkSection</name>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Rapport starts with an empty store.</source>
        <translation>Rapport empieza con una base de datos vacía.</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({name})?</source>
        <translation>¿Restaurar la copia de seguridad buena más reciente ({name})?</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong that Rapport did not expect ({name}: {error}). Details are in {where}.</source>
        <translation>Ha ocurrido un error inesperado en Rapport ({name}: {error}). Los detalles están en {where}.</translation>
    </message>
    <message>
        <source>no log (the log folder is not writable)</source>
        <translation>sin registro (no se puede escribir en la carpeta de registros)</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>Cadence</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>{label}, 1 day overdue</source>
        <translation>{label}, 1 día de retraso</translation>
    </message>
    <message>
        <source>{label}, {n} days overdue</source>
        <translation>{label}, {n} días de retraso</translation>
    </message>
    <message>
        <source>visit due, no address</source>
        <translation>toca visita, sin dirección</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Abrir ficha del cliente</translation>
    </message>
    <message>
        <source>Log visit or call…</source>
        <translation>Registrar visita o llamada…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>{path}: cannot create the folder ({reason})</source>
        <translation>{path}: no se puede crear la carpeta ({reason})</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path}: es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>{where}: the server has no database named {database}; ask its administrator to create it (createdb {database})</source>
        <translation>{where}: el servidor no tiene ninguna base de datos llamada {database}; pida a su administrador que la cree (createdb {database})</translation>
    </message>
    <message>
        <source>{where}: the server refused the log-in of user {user} (wrong user name or password)</source>
        <translation>{where}: el servidor rechazó el inicio de sesión del usuario {user} (nombre de usuario o contraseña incorrectos)</translation>
    </message>
    <message>
        <source>{where}: cannot use the PostgreSQL server ({reason})</source>
        <translation>{where}: no se puede usar el servidor PostgreSQL ({reason})</translation>
    </message>
    <message>
        <source>{path}: this database was written by a newer version of Rapport; update Rapport to open it</source>
        <translation>{path}: esta base de datos la escribió una versión más nueva de Rapport; actualiza Rapport para abrirla</translation>
    </message>
    <message>
        <source>{path}: cannot open the database ({reason})</source>
        <translation>{path}: no se puede abrir la base de datos ({reason})</translation>
    </message>
    <message>
        <source>{folder}: cannot keep backups in this folder ({reason})</source>
        <translation>{folder}: no se pueden guardar copias en esta carpeta ({reason})</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: es una carpeta; indica un nombre de archivo</translation>
    </message>
    <message>
        <source>{path}: the backup failed its check ({verdict}); the store is unchanged</source>
        <translation>{path}: la copia no pasó la comprobación ({verdict}); la base de datos no ha cambiado</translation>
    </message>
    <message>
        <source>{path}: could not write the backup ({reason}); the store is unchanged</source>
        <translation>{path}: no se pudo escribir la copia ({reason}); la base de datos no ha cambiado</translation>
    </message>
    <message>
        <source>your change is saved, but it was not backed up: {problem}</source>
        <translation>el cambio está guardado, pero no se hizo la copia de seguridad: {problem}</translation>
    </message>
    <message>
        <source>{path}: dated {when}, after now (the computer&apos;s clock was ahead when it was made); it is not taken as the newest backup</source>
        <translation>{path}: con fecha {when}, posterior a ahora (el reloj del ordenador iba adelantado al hacerla); no se toma como la copia más reciente</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}: no existe ese archivo de copia</translation>
    </message>
    <message>
        <source>{path}: not a good backup ({verdict}); nothing was changed</source>
        <translation>{path}: la copia está dañada ({verdict}); no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{path}: the restore failed ({reason}); your data is unchanged</source>
        <translation>{path}: la restauración falló ({reason}); sus datos no han cambiado</translation>
    </message>
    <message>
        <source>{path}: not a Rapport backup; nothing was changed</source>
        <translation>{path}: no es una copia de Rapport; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Rapport; update Rapport to restore it</source>
        <translation>{path}: la hizo una versión más nueva de Rapport; actualiza Rapport para restaurarla</translation>
    </message>
    <message>
        <source>{field}: not a field of a contact</source>
        <translation>{field}: no es un campo de un contacto</translation>
    </message>
    <message>
        <source>name: a contact needs a name, an organisation, a phone or an email</source>
        <translation>nombre: un contacto necesita un nombre, una empresa, un teléfono o un correo</translation>
    </message>
    <message>
        <source>display_name: a contact&apos;s name cannot be empty</source>
        <translation>nombre: el nombre de un contacto no puede estar vacío</translation>
    </message>
    <message>
        <source>custom field: the name cannot be empty</source>
        <translation>campo personalizado: el nombre no puede estar vacío</translation>
    </message>
    <message>
        <source>contact {id}: no such contact</source>
        <translation>contacto {id}: no existe</translation>
    </message>
    <message>
        <source>contact &apos;{ref}&apos;: is in the trash (restore it first: rapport restore-contact {id})</source>
        <translation>contacto &apos;{ref}&apos;: está en la papelera (restáurelo antes: rapport restore-contact {id})</translation>
    </message>
    <message>
        <source>contact &apos;{ref}&apos;: no contact has that id or name</source>
        <translation>contacto «{ref}»: ningún contacto tiene ese id o nombre</translation>
    </message>
    <message>
        <source>contact &apos;{ref}&apos;: {count} contacts have that name: {listing}. Use the id.</source>
        <translation>contacto «{ref}»: {count} contactos tienen ese nombre: {listing}. Usa el id.</translation>
    </message>
    <message>
        <source>group: the name cannot be empty</source>
        <translation>grupo: el nombre no puede estar vacío</translation>
    </message>
    <message>
        <source>group &apos;{name}&apos;: no such group</source>
        <translation>grupo «{name}»: no existe</translation>
    </message>
    <message>
        <source>tier: &apos;{code}&apos; is not a tier (use one of {codes}, or none)</source>
        <translation>nivel: «{code}» no es un nivel (usa uno de {codes}, o none)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>aniversario</translation>
    </message>
    <message>
        <source>purchase date</source>
        <translation>fecha de compra</translation>
    </message>
    <message>
        <source>lost on</source>
        <translation>perdido el</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date (use YYYY-MM-DD, or --MM-DD when the year is unknown)</source>
        <translation>{field}: «{text}» no es una fecha (usa AAAA-MM-DD, o --MM-DD si no sabes el año)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a real date</source>
        <translation>{field}: «{text}» no es una fecha que exista</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is out of range (use a year from {first} to {last})</source>
        <translation>{field}: «{text}» está fuera de rango (use un año entre {first} y {last})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>{field}: «{text}» no es una fecha (usa AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>{field}: «{text}» no es una fecha (usa AAAA-MM-DD o AAAA-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>{field}: {day} is after today; record it once it has happened</source>
        <translation>{field}: {day} es posterior a hoy; regístrelo cuando haya ocurrido</translation>
    </message>
    <message>
        <source>sort: &apos;{key}&apos; is not a column to sort by (use one of {keys})</source>
        <translation>orden: «{key}» no es una columna por la que ordenar (usa una de {keys})</translation>
    </message>
    <message>
        <source>format: &apos;{format}&apos; is not one of {formats}</source>
        <translation>formato: «{format}» no es uno de {formats}</translation>
    </message>
    <message>
        <source>version: &apos;{version}&apos; is not 3.0 or 4.0</source>
        <translation>versión: «{version}» no es 3.0 ni 4.0</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: no se puede escribir ({reason})</translation>
    </message>
    <message>
        <source>group &apos;{name}&apos;: a group with that name exists already</source>
        <translation>grupo «{name}»: ya existe un grupo con ese nombre</translation>
    </message>
    <message>
        <source>group {id}: no such group</source>
        <translation>grupo {id}: no existe</translation>
    </message>
    <message>
        <source>{source}: the file is empty</source>
        <translation>{source}: el archivo está vacío</translation>
    </message>
    <message>
        <source>{source}: this is an Excel workbook or a ZIP archive, not CSV; save it as CSV first</source>
        <translation>{source}: es un libro de Excel o un archivo ZIP, no un CSV; guárdalo antes como CSV</translation>
    </message>
    <message>
        <source>{source}: this is an old Excel (.xls) workbook, not CSV; save it as CSV first</source>
        <translation>{source}: es un libro de Excel antiguo (.xls), no un CSV; guárdalo antes como CSV</translation>
    </message>
    <message>
        <source>{source}: this is a binary file, not CSV text</source>
        <translation>{source}: es un archivo binario, no texto CSV</translation>
    </message>
    <message>
        <source>{source}: this is a vCard file, not CSV</source>
        <translation>{source}: es un archivo vCard, no un CSV</translation>
    </message>
    <message>
        <source>{source}, line {line}: {columns} columns; a contacts file has at most {limit}</source>
        <translation>{source}, línea {line}: {columns} columnas; un archivo de contactos tiene como máximo {limit}</translation>
    </message>
    <message>
        <source>{source}, line {line}: a quoted cell is over {kilobytes} KB long; this is not a contacts file</source>
        <translation>{source}, línea {line}: una celda entre comillas ocupa más de {kilobytes} KB; esto no es un archivo de contactos</translation>
    </message>
    <message>
        <source>{source}: the file has no rows or columns</source>
        <translation>{source}: el archivo no tiene filas ni columnas</translation>
    </message>
    <message>
        <source>{path}: the folder holds no .vcf or .csv file</source>
        <translation>{path}: la carpeta no contiene ningún archivo .vcf ni .csv</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a device, pipe or socket); give a .vcf or .csv file</source>
        <translation>{path}: no es un archivo normal (es un dispositivo, una tubería o un socket); indique un archivo .vcf o .csv</translation>
    </message>
    <message>
        <source>{path}: {megabytes} MB is too large for a contacts file</source>
        <translation>{path}: {megabytes} MB es demasiado para un archivo de contactos</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe ese archivo</translation>
    </message>
    <message>
        <source>{path}: not allowed to read it</source>
        <translation>{path}: no tienes permiso para leerlo</translation>
    </message>
    <message>
        <source>{path}: cannot read it ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{source}: this is not a contacts file (it looks binary); use a .vcf or .csv file</source>
        <translation>{source}: no es un archivo de contactos (parece binario); usa un archivo .vcf o .csv</translation>
    </message>
    <message>
        <source>{source}: line {line} is over {megabytes} MB long; this is not a contacts file</source>
        <translation>{source}: la línea {line} ocupa más de {megabytes} MB; no es un archivo de contactos</translation>
    </message>
    <message>
        <source>{source}: no row has a name, phone, email or organisation, so this is not a contact list; map its columns in the import wizard</source>
        <translation>{source}: ninguna fila tiene nombre, teléfono, correo ni empresa, así que no es una lista de contactos; asigne sus columnas en el asistente de importación</translation>
    </message>
    <message>
        <source>{files}: the import could not be written ({reason}); nothing was changed</source>
        <translation>{files}: no se pudo guardar la importación ({reason}); no se ha cambiado nada</translation>
    </message>
    <message>
        <source>undo import: there is no import to undo</source>
        <translation>deshacer importación: no hay ninguna importación que deshacer</translation>
    </message>
    <message>
        <source>import {id}: no such import</source>
        <translation>importación {id}: no existe</translation>
    </message>
    <message>
        <source>import {id}: already undone on {when}</source>
        <translation>importación {id}: ya se deshizo el {when}</translation>
    </message>
    <message>
        <source>{source}: this is a binary file, not a vCard (.vcf) file</source>
        <translation>{source}: es un archivo binario, no un archivo vCard (.vcf)</translation>
    </message>
    <message>
        <source>{source}: no contact card found (the file has no BEGIN:VCARD line)</source>
        <translation>{source}: no hay ninguna tarjeta de contacto (el archivo no tiene ninguna línea BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>date: {when} is after now; a call or visit you plan is a follow-up (the Follow-up date of the call you log, or rapport followup CONTACT --on DATE)</source>
        <translation>fecha: {when} es posterior a ahora; una llamada o visita que planea es un seguimiento (la fecha de Seguimiento de la llamada que registra, o rapport followup CONTACTO --on FECHA)</translation>
    </message>
    <message>
        <source>follow-up: {day} is before the interaction ({when})</source>
        <translation>seguimiento: {day} es anterior a la interacción ({when})</translation>
    </message>
    <message>
        <source>kind: &apos;{kind}&apos; is not a kind of interaction (use one of {kinds})</source>
        <translation>tipo: «{kind}» no es un tipo de interacción (usa uno de {kinds})</translation>
    </message>
    <message>
        <source>interaction {id}: no such interaction</source>
        <translation>interacción {id}: no existe</translation>
    </message>
    <message>
        <source>lost reasons: the list cannot be empty</source>
        <translation>motivos de pérdida: la lista no puede estar vacía</translation>
    </message>
    <message>
        <source>reason: say why the customer was lost ({reasons})</source>
        <translation>motivo: indica por qué se perdió el cliente ({reasons})</translation>
    </message>
    <message>
        <source>reason: &apos;{reason}&apos; is not one of the reasons for losing a customer ({reasons}); add it to the list first if it is a new one</source>
        <translation>motivo: «{reason}» no es uno de los motivos de pérdida de un cliente ({reasons}); si es uno nuevo, añádelo antes a la lista</translation>
    </message>
    <message>
        <source>note: it nested deeper than Rapport shows (more than {tables} tables, {lists} lists or {quotes} quotes one inside another, or {depth} levels in all); the deeper levels were flattened, their text kept</source>
        <translation>nota: estaba anidada más de lo que Rapport muestra (más de {tables} tablas, {lists} listas o {quotes} citas una dentro de otra, o {depth} niveles en total); los niveles más profundos se aplanaron y su texto se conservó</translation>
    </message>
    <message>
        <source>note: the note is empty</source>
        <translation>nota: la nota está vacía</translation>
    </message>
    <message>
        <source>note {id}: no such note</source>
        <translation>nota {id}: no existe</translation>
    </message>
    <message>
        <source>photo: not a JPEG, PNG, GIF or WebP picture</source>
        <translation>foto: no es una imagen JPEG, PNG, GIF ni WebP</translation>
    </message>
    <message>
        <source>photo: {size} KB is too big (at most {limit} KB)</source>
        <translation>foto: {size} KB es demasiado (como máximo {limit} KB)</translation>
    </message>
    <message>
        <source>week: &apos;{text}&apos; is not an ISO week such as 2026-W48</source>
        <translation>semana: «{text}» no es una semana ISO como 2026-W48</translation>
    </message>
    <message>
        <source>week: {year} has no week {week}</source>
        <translation>semana: {year} no tiene semana {week}</translation>
    </message>
    <message>
        <source>day: {day} is not in week {week}</source>
        <translation>día: {day} no está en la semana {week}</translation>
    </message>
    <message>
        <source>product: the product cannot be empty</source>
        <translation>producto: el producto no puede estar vacío</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a whole number from 1 to {limit}</source>
        <translation>{field}: «{value}» no es un número entero de 1 a {limit}</translation>
    </message>
    <message>
        <source>product: &apos;{name}&apos; is already in the catalogue</source>
        <translation>producto: «{name}» ya está en el catálogo</translation>
    </message>
    <message>
        <source>product {id}: no such product</source>
        <translation>producto {id}: no existe</translation>
    </message>
    <message>
        <source>product &apos;{ref}&apos;: {count} products have that name; give the model too, or the id</source>
        <translation>producto «{ref}»: {count} productos tienen ese nombre; indique también el modelo, o el número</translation>
    </message>
    <message>
        <source>product &apos;{ref}&apos;: not in the catalogue (see rapport products list)</source>
        <translation>producto «{ref}»: no está en el catálogo (vea rapport products list)</translation>
    </message>
    <message>
        <source>quantity: {quantity} is not a positive number</source>
        <translation>cantidad: {quantity} no es un número positivo</translation>
    </message>
    <message>
        <source>price: &apos;{price}&apos; is not a number</source>
        <translation>precio: «{price}» no es un número</translation>
    </message>
    <message>
        <source>price: &apos;{price}&apos; is negative</source>
        <translation>precio: «{price}» es negativo</translation>
    </message>
    <message>
        <source>price: {quantity} × {price} is more than {limit:,} for one purchase; is it a typo?</source>
        <translation>precio: {quantity} × {price} supera {limit:,} en una sola compra; ¿es una errata?</translation>
    </message>
    <message>
        <source>currency: &apos;{code}&apos; is not a three-letter code such as CNY, EUR or USD</source>
        <translation>moneda: «{code}» no es un código de tres letras como CNY, EUR o USD</translation>
    </message>
    <message>
        <source>warranty end: it is before the purchase date</source>
        <translation>fin de garantía: es anterior a la fecha de compra</translation>
    </message>
    <message>
        <source>purchase {id}: no such purchase</source>
        <translation>compra {id}: no existe</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a number</source>
        <translation>{field}: «{text}» no es un número</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number</source>
        <translation>{field}: «{text}» no es un número entero</translation>
    </message>
    <message>
        <source>address: fill in at least one of street, city, region, postcode or country</source>
        <translation>dirección: rellena al menos la calle, la ciudad, la provincia, el código postal o el país</translation>
    </message>
    <message>
        <source>phone: the number is empty; type it as you would dial it</source>
        <translation>teléfono: el número está vacío; escríbelo como lo marcarías</translation>
    </message>
    <message>
        <source>phone: &apos;{text}&apos; has no digits; type the number as you would dial it</source>
        <translation>teléfono: «{text}» no tiene dígitos; escriba el número como lo marcaría</translation>
    </message>
    <message>
        <source>email: the address is empty; type an address such as name@example.com</source>
        <translation>correo: la dirección está vacía; escribe una como nombre@example.com</translation>
    </message>
    <message>
        <source>email: &apos;{address}&apos; is not an email address (it should look like name@example.com)</source>
        <translation>correo: «{address}» no es una dirección de correo (debería ser como nombre@example.com)</translation>
    </message>
    <message>
        <source>website: the address is empty; type one such as https://example.com</source>
        <translation>sitio web: la dirección está vacía; escribe una como https://example.com</translation>
    </message>
    <message>
        <source>website: &apos;{url}&apos; is not a web address (it has a space in it)</source>
        <translation>sitio web: «{url}» no es una dirección web (contiene un espacio)</translation>
    </message>
    <message>
        <source>phone: &apos;{text}&apos; has no number in it</source>
        <translation>teléfono: «{text}» no contiene ningún número</translation>
    </message>
    <message>
        <source>phone: {number} is already one of {name}&apos;s numbers</source>
        <translation>teléfono: {number} ya es uno de los números de {name}</translation>
    </message>
    <message>
        <source>email: {address} is already one of {name}&apos;s addresses</source>
        <translation>correo: {address} ya es una de las direcciones de {name}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>{what} {id}: no such {what} (it may have been removed already)</source>
        <translation>{what} {id}: no existe (puede que ya se haya quitado)</translation>
    </message>
    <message>
        <source>region: &apos;{code}&apos; is not a two-letter country code such as CN, ES or US</source>
        <translation>región: «{code}» no es un código de país de dos letras como CN, ES o US</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({verdict}). It was moved to {moved}, not deleted.</source>
        <translation>{path}: la base de datos está dañada ({verdict}). Se ha movido a {moved}, no se ha borrado.</translation>
    </message>
    <message>
        <source>{path}: cannot create the database ({reason})</source>
        <translation>{path}: no se puede crear la base de datos ({reason})</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({verdict}). It was moved to {moved}, not deleted. No backup was found.</source>
        <translation>{path}: la base de datos está dañada ({verdict}). Se ha movido a {moved}, no se ha borrado. No se encontró ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({verdict}). It was moved to {moved}, not deleted. The newest good backup is {backup}; restore it with: rapport --db {path} restore {backup}</source>
        <translation>{path}: la base de datos está dañada ({verdict}). Se ha movido a {moved}, no se ha borrado. La copia buena más reciente es {backup}; restáurala con: rapport --db {path} restore {backup}</translation>
    </message>
    <message>
        <source>{path} is on a network folder ({kind}). Rapport&apos;s store must be used from one computer at a time; keep it on this computer&apos;s own disk and use backups to move it.</source>
        <translation>{path} está en una carpeta de red ({kind}). La base de Rapport se usa desde un solo ordenador a la vez; guárdala en el disco de este ordenador y usa las copias de seguridad para moverla.</translation>
    </message>
    <message>
        <source>{path}: this database file has {links} names (hard links); Rapport opens a store by one name only, or SQLite could damage it. Remove the other names, or copy the file</source>
        <translation>{path}: este archivo de base de datos tiene {links} nombres (enlaces duros); Rapport abre una base de datos por un solo nombre, o SQLite podría dañarla. Elimine los otros nombres o copie el archivo</translation>
    </message>
    <message>
        <source>{path}: another Rapport is using this store; close it first (only one Rapport may change a store at a time)</source>
        <translation>{path}: otro Rapport está usando esta base de datos; ciérralo antes (solo un Rapport puede cambiarla a la vez)</translation>
    </message>
    <message>
        <source>tier: some of the chosen contacts no longer exist</source>
        <translation>nivel: algunos de los contactos elegidos ya no existen</translation>
    </message>
    <message>
        <source>cadence: {days} is not a number of days between 1 and 3650</source>
        <translation>frecuencia: {days} no es un número de días entre 1 y 3650</translation>
    </message>
    <message>
        <source>visit cadence: {days} is not a number of days between 1 and 3650</source>
        <translation>frecuencia de visitas: {days} no es un número de días entre 1 y 3650</translation>
    </message>
    <message>
        <source>colour: &apos;{colour}&apos; is not a colour such as #d64541</source>
        <translation>color: «{colour}» no es un color como #d64541</translation>
    </message>
    <message>
        <source>A share: {share} is not a percentage between 0 and 100</source>
        <translation>porcentaje de A: {share} no es un porcentaje entre 0 y 100</translation>
    </message>
    <message>
        <source>B share: {share} is not a percentage between 0 and 100</source>
        <translation>porcentaje de B: {share} no es un porcentaje entre 0 y 100</translation>
    </message>
    <message>
        <source>shares: A {a}% and B {b}% add up to more than 100%</source>
        <translation>porcentajes: A {a} % y B {b} % suman más del 100 %</translation>
    </message>
    <message>
        <source>main currency: &apos;{code}&apos; is not a three-letter code such as CNY, EUR or USD</source>
        <translation>moneda principal: «{code}» no es un código de tres letras como CNY, EUR o USD</translation>
    </message>
    <message>
        <source>contact {id} ({name}): is not lost; only a lost customer can be won back</source>
        <translation>contacto {id} ({name}): no está perdido; solo se puede recuperar a un cliente perdido</translation>
    </message>
    <message>
        <source>months: {months} is not a number of months between 1 and 1200</source>
        <translation>meses: {months} no es un número de meses entre 1 y 1200</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>{source}: no product column (the header row has: {headers})</source>
        <translation>{source}: no hay columna de producto (la fila de encabezados tiene: {headers})</translation>
    </message>
    <message>
        <source>{source}: no purchase date column (the header row has: {headers})</source>
        <translation>{source}: no hay columna de fecha de compra (la fila de encabezados tiene: {headers})</translation>
    </message>
    <message>
        <source>{source}: no customer, phone or email column to tell whose purchase a row is (the header row has: {headers})</source>
        <translation>{source}: no hay columna de cliente, teléfono o correo para saber de quién es cada compra (la fila de encabezados tiene: {headers})</translation>
    </message>
    <message>
        <source>{field}: empty; every purchase needs a date</source>
        <translation>{field}: vacío; cada compra necesita una fecha</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date with a year (use YYYY-MM-DD)</source>
        <translation>{field}: «{text}» no es una fecha con año (usa AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{count} contacts have {kind} &apos;{value}&apos; (ids {ids}); add a phone or email column to tell them apart</source>
        <translation>{count} contactos tienen {kind} «{value}» (ids {ids}); añade una columna de teléfono o correo para distinguirlos</translation>
    </message>
    <message>
        <source>customer: the row has no customer name, phone or email</source>
        <translation>cliente: la fila no tiene nombre de cliente, teléfono ni correo</translation>
    </message>
    <message>
        <source>customer: no contact matches {tried}</source>
        <translation>cliente: ningún contacto coincide con {tried}</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a CSV file</source>
        <translation>{path}: es una carpeta; indica un archivo CSV</translation>
    </message>
    <message>
        <source>warranty end</source>
        <translation>fin de garantía</translation>
    </message>
    <message>
        <source>referred by: a contact cannot refer themselves</source>
        <translation>recomendado por: un contacto no puede recomendarse a sí mismo</translation>
    </message>
    <message>
        <source>referred by: {referrer} ({referrer_id}) was themselves referred, directly or through others, by {name} ({id}); that would make a circle</source>
        <translation>recomendado por: a {referrer} ({referrer_id}) lo recomendó {name} ({id}), directamente o a través de otros; eso formaría un círculo</translation>
    </message>
    <message>
        <source>stage: &apos;{text}&apos; is not a sales stage (use one of {stages})</source>
        <translation>fase: «{text}» no es una fase de venta (usa una de {stages})</translation>
    </message>
    <message>
        <source>date: {day} is before this contact&apos;s last stage move ({last})</source>
        <translation>fecha: {day} es anterior al último cambio de fase de este contacto ({last})</translation>
    </message>
    <message>
        <source>contact {id}: not ranked by the 80/20 view (no such contact, in the trash, or lost)</source>
        <translation>contacto {id}: no está en la clasificación 80/20 (no existe, está en la papelera o se perdió)</translation>
    </message>
    <message>
        <source>undo: no applied tier changes to undo</source>
        <translation>deshacer: no hay cambios de nivel aplicados que deshacer</translation>
    </message>
    <message>
        <source>batch {id}: no such batch of tier changes</source>
        <translation>lote {id}: no existe ese lote de cambios de nivel</translation>
    </message>
    <message>
        <source>batch {id}: already undone on {when}</source>
        <translation>lote {id}: ya se deshizo el {when}</translation>
    </message>
    <message>
        <source>tier: {codes} no longer exists; add it back first</source>
        <translation>nivel: {codes} ya no existe; vuelve a añadirlo antes</translation>
    </message>
    <message>
        <source>{path}: not a picture Rapport can read (JPEG, PNG, GIF, WebP, BMP)</source>
        <translation>{path}: no es una imagen que Rapport pueda leer (JPEG, PNG, GIF, WebP, BMP)</translation>
    </message>
    <message>
        <source>not the same person: {a} and {b} are one contact; give two different ids</source>
        <translation>no es la misma persona: {a} y {b} son un mismo contacto; indica dos números distintos</translation>
    </message>
    <message>
        <source>merge: {keep} and {other} are the same contact; choose two different contacts</source>
        <translation>fusionar: {keep} y {other} son el mismo contacto; elige dos contactos distintos</translation>
    </message>
    <message>
        <source>merge: contact {id}: no such contact</source>
        <translation>fusionar: contacto {id}: no existe</translation>
    </message>
    <message>
        <source>merge: contact {id} ({name}) is in the trash; restore it first</source>
        <translation>fusionar: el contacto {id} ({name}) está en la papelera; restáuralo primero</translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; is not one of {name}&apos;s (see rapport show)</source>
        <translation>{what}: «{text}» no es de {name} (véase rapport show)</translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; fits {count} of {name}&apos;s; write it whole, as rapport show prints it</source>
        <translation>{what}: «{text}» coincide con {count} de {name}; escríbalo completo, como lo muestra rapport show</translation>
    </message>
    <message>
        <source>{id}: not a row of {name}&apos;s file</source>
        <translation>{id}: no es una fila de la ficha de {name}</translation>
    </message>
    <message>
        <source>{url}: no CardDAV address book found there; give the address of the server or of one address book</source>
        <translation>{url}: no se encontró ninguna libreta CardDAV; indique la dirección del servidor o de una libreta</translation>
    </message>
    <message>
        <source>address book &apos;{label}&apos; is already linked; give another name</source>
        <translation>la libreta &apos;{label}&apos; ya está vinculada; indique otro nombre</translation>
    </message>
    <message>
        <source>address book &apos;{label}&apos;: no password in the keyring; set RAPPORT_CARDDAV_PASSWORD or link it again</source>
        <translation>libreta &apos;{label}&apos;: no hay contraseña en el llavero; defina RAPPORT_CARDDAV_PASSWORD o vincúlela de nuevo</translation>
    </message>
    <message>
        <source>delete on the server: &apos;{value}&apos; is not ask, always or never</source>
        <translation>borrar en el servidor: &apos;{value}&apos; no es ask, always ni never</translation>
    </message>
    <message>
        <source>card {href}: not a vCard; left as it is on the server</source>
        <translation>tarjeta {href}: no es una vCard; se deja como está en el servidor</translation>
    </message>
    <message>
        <source>{server}: the secure (TLS) connection failed ({reason})</source>
        <translation>{server}: falló la conexión segura (TLS) ({reason})</translation>
    </message>
    <message>
        <source>{server}: cannot reach the server ({reason})</source>
        <translation>{server}: no se puede contactar con el servidor ({reason})</translation>
    </message>
    <message>
        <source>{server}: the server did not answer in time</source>
        <translation>{server}: el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>{server}: the user name or password was refused</source>
        <translation>{server}: el usuario o la contraseña fueron rechazados</translation>
    </message>
    <message>
        <source>{server}: the server answered {status} to {method} {path}</source>
        <translation>{server}: el servidor respondió {status} a {method} {path}</translation>
    </message>
    <message>
        <source>{server}: the answer to {method} {path} is not WebDAV XML; is this a CardDAV address?</source>
        <translation>{server}: la respuesta a {method} {path} no es XML WebDAV; ¿es una dirección CardDAV?</translation>
    </message>
    <message>
        <source>address book &apos;{label}&apos;: no such linked address book</source>
        <translation>libreta &apos;{label}&apos;: no hay ninguna libreta vinculada con ese nombre</translation>
    </message>
    <message>
        <source>start address: &apos;{address}&apos; names no city or district Rapport knows; add the city, as in &apos;Calle Mayor 5, Madrid&apos; or &apos;上海市徐汇区&apos;</source>
        <translation>dirección de salida: «{address}» no nombra ninguna ciudad ni distrito que Rapport conozca; añade la ciudad, como en «Calle Mayor 5, Madrid» o «上海市徐汇区»</translation>
    </message>
    <message>
        <source>{path}: not restored: a row of &apos;{table}&apos; points to a missing row of &apos;{parent}&apos;; nothing was changed</source>
        <translation>{path}: no restaurada: una fila de «{table}» apunta a una fila inexistente de «{parent}»; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{path}: not restored ({reason}); nothing was changed</source>
        <translation>{path}: no restaurada ({reason}); no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{path}: not a backup Rapport made: it holds {kind} &apos;{name}&apos;, which Rapport never makes; nothing was changed</source>
        <translation>{path}: no es una copia hecha por Rapport: contiene {kind} «{name}», que Rapport nunca crea; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{path}: not a backup Rapport made: Rapport&apos;s {kind} &apos;{name}&apos; is {found} there; nothing was changed</source>
        <translation>{path}: no es una copia hecha por Rapport: el {kind} «{name}» de Rapport es allí {found}; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{path}: not a backup Rapport made: the columns of &apos;{name}&apos; are not Rapport&apos;s; nothing was changed</source>
        <translation>{path}: no es una copia hecha por Rapport: las columnas de «{name}» no son las de Rapport; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>línea {line}: {problem}</translation>
    </message>
    <message>
        <source>the text is not YAML: {problem}</source>
        <translation>el texto no es YAML: {problem}</translation>
    </message>
    <message>
        <source>the text should be &apos;field: value&apos; lines, as it was given</source>
        <translation>el texto debe ser líneas «campo: valor», como se le dio</translation>
    </message>
    <message>
        <source>{key}: not a field of the customer file (the fields are those it was opened with)</source>
        <translation>{key}: no es un campo de la ficha del cliente (los campos son los que tenía al abrirla)</translation>
    </message>
    <message>
        <source>sales_stage: a stage is not cleared, it is moved: write the stage the customer is in now</source>
        <translation>sales_stage: una etapa no se borra, se cambia: escriba la etapa en la que está ahora el cliente</translation>
    </message>
    <message>
        <source>custom: write one &apos;name: value&apos; line per field</source>
        <translation>custom: escriba una línea «nombre: valor» por campo</translation>
    </message>
    <message>
        <source>lunar_leap: &apos;{text}&apos; is neither yes nor no</source>
        <translation>lunar_leap: «{text}» no es ni yes ni no</translation>
    </message>
    <message>
        <source>status: &apos;{status}&apos; is neither active nor lost</source>
        <translation>status: «{status}» no es ni active ni lost</translation>
    </message>
    <message>
        <source>{key}: &apos;{extra}&apos; is not part of one (write {value} and label)</source>
        <translation>{key}: «{extra}» no forma parte de uno (escriba {value} y label)</translation>
    </message>
    <message>
        <source>addresses: each is written with street, city, region, postal_code, country and label</source>
        <translation>addresses: cada dirección se escribe con street, city, region, postal_code, country y label</translation>
    </message>
    <message>
        <source>{key}: write a list, one &apos;- &apos; line each</source>
        <translation>{key}: escriba una lista, una línea «- » por elemento</translation>
    </message>
    <message>
        <source>{key}: write a value, not a list or a mapping</source>
        <translation>{key}: escriba un valor, no una lista ni un mapa</translation>
    </message>
    <message>
        <source>cadence_days: &apos;{text}&apos; is not a number of days</source>
        <translation>cadence_days: «{text}» no es un número de días</translation>
    </message>
    <message>
        <source>title: a playbook entry needs a title</source>
        <translation>título: una entrada del manual necesita un título</translation>
    </message>
    <message>
        <source>text: {size:,} characters is too long (at most {limit:,})</source>
        <translation>texto: {size:,} caracteres es demasiado largo (como máximo {limit:,})</translation>
    </message>
    <message>
        <source>text: the entry &apos;{title}&apos; has no text</source>
        <translation>texto: la entrada «{title}» no tiene texto</translation>
    </message>
    <message>
        <source>tier: &apos;{code}&apos; is not a tier code</source>
        <translation>nivel: «{code}» no es un código de nivel</translation>
    </message>
    <message>
        <source>kind: &apos;{kind}&apos; is not a kind of playbook entry (use one of {kinds})</source>
        <translation>tipo: «{kind}» no es un tipo de entrada del manual (usa uno de {kinds})</translation>
    </message>
    <message>
        <source>playbook entry {id}: no such entry</source>
        <translation>entrada del manual {id}: no existe</translation>
    </message>
    <message>
        <source>playbook entry &apos;{ref}&apos;: no entry has that id, file name or title</source>
        <translation>entrada del manual «{ref}»: ninguna entrada tiene ese número, nombre de archivo o título</translation>
    </message>
    <message>
        <source>{path}: {size:,} bytes is too large for a playbook entry</source>
        <translation>{path}: {size:,} bytes es demasiado para una entrada del manual</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text</source>
        <translation>{path}: no es texto UTF-8</translation>
    </message>
    <message>
        <source>{path}, line 1: a playbook file starts with &apos;---&apos; and its title, kind and tags</source>
        <translation>{path}, línea 1: un archivo del manual empieza con «---» y su título, tipo y etiquetas</translation>
    </message>
    <message>
        <source>{path}: the front matter has no closing &apos;---&apos;</source>
        <translation>{path}: la cabecera no tiene el «---» de cierre</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}, line {line}: {problem}</source>
        <translation>{path}, línea {line}: {problem}</translation>
    </message>
    <message>
        <source>{path}: the front matter is not YAML ({problem})</source>
        <translation>{path}: la cabecera no es YAML ({problem})</translation>
    </message>
    <message>
        <source>{path}: the front matter should be &apos;key: value&apos; lines</source>
        <translation>{path}: la cabecera deben ser líneas «clave: valor»</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; is not one of {keys}</source>
        <translation>{path}: «{key}» no es uno de {keys}</translation>
    </message>
    <message>
        <source>{path}: {key} should be a list of words</source>
        <translation>{path}: {key} debe ser una lista de palabras</translation>
    </message>
    <message>
        <source>{path}: {key} should be one value</source>
        <translation>{path}: {key} debe ser un solo valor</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}: no existe esa carpeta</translation>
    </message>
    <message>
        <source>{path}: the folder holds no .md file</source>
        <translation>{path}: la carpeta no contiene ningún archivo .md</translation>
    </message>
    <message>
        <source>{path}: {count:,} files is more than a playbook (at most {limit:,})</source>
        <translation>{path}: {count:,} archivos son más de lo que cabe en un manual (como máximo {limit:,})</translation>
    </message>
    <message>
        <source>{path}: the disk is full, so nothing was saved; free some space and try again</source>
        <translation>{path}: el disco está lleno, así que no se guardó nada; libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>&apos;{argument}&apos; is not UTF-8 text; Rapport takes names, texts and file paths in UTF-8 (rename the file or folder)</source>
        <translation>«{argument}» no es texto UTF-8; Rapport acepta nombres, textos y rutas de archivo en UTF-8 (cambie el nombre del archivo o la carpeta)</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>{field}: not a JPEG, PNG, GIF or WebP picture</source>
        <translation>{field}: no es una imagen JPEG, PNG, GIF ni WebP</translation>
    </message>
    <message>
        <source>{field}: {width}×{height} pixels is too large a picture</source>
        <translation>{field}: una imagen de {width}×{height} píxeles es demasiado grande</translation>
    </message>
    <message>
        <source>{field}: the picture cannot be read ({reason})</source>
        <translation>{field}: no se puede leer la imagen ({reason})</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>time zone: &apos;{name}&apos; is not a time zone such as Asia/Shanghai or Europe/Madrid</source>
        <translation>zona horaria: &apos;{name}&apos; no es una zona horaria como Asia/Shanghai o Europe/Madrid</translation>
    </message>
    <message>
        <source>{path}: cannot write the calendar ({reason})</source>
        <translation>{path}: no se puede escribir el calendario ({reason})</translation>
    </message>
    <message>
        <source>language: &apos;{text}&apos; is not zh, es or en</source>
        <translation>idioma: «{text}» no es zh, es ni en</translation>
    </message>
    <message>
        <source>lunar birthday: &apos;{text}&apos; is not a lunar month and day (MM-DD, months 1-12, days 1-30)</source>
        <translation>cumpleaños lunar: «{text}» no es un mes y día lunar (MM-DD, meses 1-12, días 1-30)</translation>
    </message>
    <message>
        <source>occasion: &apos;{text}&apos; is not one of {choices}</source>
        <translation>ocasión: «{text}» no es ninguna de {choices}</translation>
    </message>
    <message>
        <source>occasion: a name is needed</source>
        <translation>ocasión: hace falta un nombre</translation>
    </message>
    <message>
        <source>occasion: &apos;{text}&apos; is longer than {limit} characters</source>
        <translation>ocasión: «{text}» tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>occasion: &apos;{text}&apos; already exists</source>
        <translation>ocasión: «{text}» ya existe</translation>
    </message>
    <message>
        <source>occasion &apos;{text}&apos;: no such occasion of yours</source>
        <translation>ocasión «{text}»: no es una de sus ocasiones</translation>
    </message>
    <message>
        <source>template: a &apos;{open}&apos; or &apos;{close}&apos; is not closed (write a field as {example})</source>
        <translation>plantilla: una «{open}» o «{close}» no está cerrada (escriba un campo así: {example})</translation>
    </message>
    <message>
        <source>template: &apos;{field}&apos; is not a field (write a field as {example})</source>
        <translation>plantilla: «{field}» no es un campo (escriba un campo así: {example})</translation>
    </message>
    <message>
        <source>template: unknown field {field} (fields: {fields})</source>
        <translation>plantilla: campo desconocido {field} (campos: {fields})</translation>
    </message>
    <message>
        <source>return visit: &apos;{text}&apos; is not DAYS:REASON with 1 to {limit} days (e.g. 3:is it working?)</source>
        <translation>visita de seguimiento: &apos;{text}&apos; no es DÍAS:MOTIVO de 1 a {limit} días (p. ej. 3:¿funciona bien?)</translation>
    </message>
    <message>
        <source>warranty visit: {days} is not 0 to {limit} days before the warranty ends</source>
        <translation>visita de garantía: {days} no está entre 0 y {limit} días antes del fin de la garantía</translation>
    </message>
    <message>
        <source>warranty visit: &apos;{text}&apos; is not a number of days</source>
        <translation>visita de garantía: &apos;{text}&apos; no es un número de días</translation>
    </message>
    <message>
        <source>your name: at most {count} characters</source>
        <translation>tu nombre: como máximo {count} caracteres</translation>
    </message>
    <message>
        <source>owner: at most {count} characters</source>
        <translation>responsable: como máximo {count} caracteres</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>{name}: {who} saved this customer ({when}) after you opened it; nothing was saved. {differences}</source>
        <translation>{name}: {who} guardó este cliente ({when}) después de que lo abrieras; no se guardó nada. {differences}</translation>
    </message>
    <message>
        <source>someone else saved one of these customers at the same moment; nothing was saved. Try again.</source>
        <translation>otra persona guardó uno de estos clientes en el mismo momento; no se guardó nada. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>event: a name is needed</source>
        <translation>evento: hace falta un nombre</translation>
    </message>
    <message>
        <source>event: &apos;{text}&apos; is longer than {limit} characters</source>
        <translation>evento: «{text}» tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>kind: &apos;{text}&apos; is not one of {choices}</source>
        <translation>tipo: «{text}» no es ninguno de {choices}</translation>
    </message>
    <message>
        <source>capacity: {capacity} is not 1 to {limit} places</source>
        <translation>aforo: {capacity} no está entre 1 y {limit} plazas</translation>
    </message>
    <message>
        <source>event {id}: no such event</source>
        <translation>evento {id}: no existe</translation>
    </message>
    <message>
        <source>event &apos;{text}&apos;: {count} events have that name (ids {ids}); give the id</source>
        <translation>evento «{text}»: {count} eventos tienen ese nombre (ids {ids}); indique el id</translation>
    </message>
    <message>
        <source>event &apos;{text}&apos;: no event has that id or name</source>
        <translation>evento «{text}»: ningún evento tiene ese id o nombre</translation>
    </message>
    <message>
        <source>status: &apos;{text}&apos; is not one of {choices}</source>
        <translation>estado: «{text}» no es ninguno de {choices}</translation>
    </message>
    <message>
        <source>event &apos;{event}&apos;: {taken} of {capacity} places are taken; {count} more cannot accept</source>
        <translation>evento «{event}»: {taken} de {capacity} plazas ocupadas; {count} más no pueden aceptar</translation>
    </message>
    <message>
        <source>event &apos;{event}&apos;: it starts {when}; who came is marked once it has begun</source>
        <translation>evento «{event}»: empieza el {when}; quién vino se marca cuando haya empezado</translation>
    </message>
    <message>
        <source>contact {id}: not on this event&apos;s guest list</source>
        <translation>contacto {id}: no está en la lista de invitados de este evento</translation>
    </message>
    <message>
        <source>{target}: that is the store itself; name a new, empty database</source>
        <translation>{target}: es el propio almacén; indique una base de datos nueva y vacía</translation>
    </message>
    <message>
        <source>{target}: not empty (table &apos;{table}&apos; holds {rows} rows); move-store copies only into a new, empty database</source>
        <translation>{target}: no está vacía (la tabla &apos;{table}&apos; tiene {rows} filas); move-store solo copia a una base de datos nueva y vacía</translation>
    </message>
    <message>
        <source>{target}: the copy stopped at table &apos;{table}&apos; ({reason}); nothing was kept in the target and the store is unchanged</source>
        <translation>{target}: la copia se detuvo en la tabla &apos;{table}&apos; ({reason}); no quedó nada en el destino y el almacén no ha cambiado</translation>
    </message>
    <message>
        <source>{target}: the copy stopped at table &apos;{table}&apos; ({reason}) and the target could not be emptied again; drop that database (or delete that file) before trying again, or empty its tables: {tables}. The store is unchanged</source>
        <translation>{target}: la copia se detuvo en la tabla &apos;{table}&apos; ({reason}) y no se pudo vaciar el destino; elimine esa base de datos (o ese archivo) antes de volver a intentarlo, o vacíe sus tablas: {tables}. El almacén no ha cambiado</translation>
    </message>
    <message>
        <source>{where}: pg_dump failed ({reason}); nothing was written</source>
        <translation>{where}: pg_dump falló ({reason}); no se escribió nada</translation>
    </message>
    <message>
        <source>{where}: not empty (table &apos;{table}&apos; holds {rows} rows); a backup is restored only into a new, empty database</source>
        <translation>{where}: no está vacía (la tabla &apos;{table}&apos; tiene {rows} filas); una copia solo se restaura en una base de datos nueva y vacía</translation>
    </message>
    <message>
        <source>{path}: not restored ({reason}); the database is empty, as it was</source>
        <translation>{path}: no se restauró ({reason}); la base de datos sigue vacía, como estaba</translation>
    </message>
    <message>
        <source>{tool} was not found: install PostgreSQL&apos;s client programs, version {server} or newer (apt install postgresql-client-{server}), or put {tool} on PATH</source>
        <translation>no se encontró {tool}: instale los programas cliente de PostgreSQL, versión {server} o posterior (apt install postgresql-client-{server}), o ponga {tool} en el PATH</translation>
    </message>
    <message>
        <source>{path} is version {version}, older than the server (PostgreSQL {server}); install version {server} or newer of PostgreSQL&apos;s client programs</source>
        <translation>{path} es la versión {version}, anterior a la del servidor (PostgreSQL {server}); instale la versión {server} o posterior de los programas cliente de PostgreSQL</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>The day after</source>
        <translation>El día siguiente</translation>
    </message>
    <message>
        <source>3 days later</source>
        <translation>3 días después</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>La semana siguiente</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>En 3 días</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La semana que viene</translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>Elegir fecha…</translation>
    </message>
    <message>
        <source>Greetings desk…</source>
        <translation>Mesa de felicitaciones…</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Registrar llamada…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Llamar al {number}</translation>
    </message>
    <message>
        <source>Copy greeting</source>
        <translation>Copiar felicitación</translation>
    </message>
    <message>
        <source>Open customer file</source>
        <translation>Abrir ficha del cliente</translation>
    </message>
    <message>
        <source>Due by cadence</source>
        <translation>Pendiente por frecuencia</translation>
    </message>
    <message>
        <source>Birthdays &amp; anniversaries</source>
        <translation>Cumpleaños y aniversarios</translation>
    </message>
    <message>
        <source>Holiday greetings</source>
        <translation>Felicitaciones de fiestas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>After-sale (warranty)</source>
        <translation>Posventa (garantía)</translation>
    </message>
    <message>
        <source>Due to reorder</source>
        <translation>Toca reponer</translation>
    </message>
    <message>
        <source>Thank a referrer</source>
        <translation>Agradecer recomendaciones</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Fin de la garantía</translation>
    </message>
    <message>
        <source>Thank for a referral</source>
        <translation>Agradecer una recomendación</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Fiesta</translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation>cumpleaños hoy</translation>
    </message>
    <message>
        <source>anniversary today</source>
        <translation>aniversario hoy</translation>
    </message>
    <message>
        <source>birthday on {day}</source>
        <translation>cumpleaños el {day}</translation>
    </message>
    <message>
        <source>anniversary on {day}</source>
        <translation>aniversario el {day}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>para hoy</translation>
    </message>
    <message>
        <source>due on {day}</source>
        <translation>para el {day}</translation>
    </message>
    <message>
        <source>Tier {tier}, every {n} days</source>
        <translation>Nivel {tier}, cada {n} días</translation>
    </message>
    <message>
        <source>Every {n} days</source>
        <translation>Cada {n} días</translation>
    </message>
    <message>
        <source>Due to reorder: {product}, usually every {n} days, expected {day}</source>
        <translation>Toca reponer: {product}, suele comprarlo cada {n} días, previsto el {day}</translation>
    </message>
    <message>
        <source>Birthday, turns {age}</source>
        <translation>Cumpleaños, cumple {age}</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nunca contactado</translation>
    </message>
    <message>
        <source>last contact today</source>
        <translation>último contacto hoy</translation>
    </message>
    <message>
        <source>last contact yesterday</source>
        <translation>último contacto ayer</translation>
    </message>
    <message>
        <source>last contact {n} days ago</source>
        <translation>último contacto hace {n} días</translation>
    </message>
    <message>
        <source>Do now</source>
        <translation>Hacer ya</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>Quick touch</source>
        <translation>Contacto rápido</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Tier A/B, due today or overdue</source>
        <translation>Nivel A/B, para hoy o atrasado</translation>
    </message>
    <message>
        <source>Tier A/B, coming up</source>
        <translation>Nivel A/B, próximamente</translation>
    </message>
    <message>
        <source>Other tiers, due today or overdue</source>
        <translation>Otros niveles, para hoy o atrasado</translation>
    </message>
    <message>
        <source>Other tiers, coming up</source>
        <translation>Otros niveles, próximamente</translation>
    </message>
</context>
</TS>
