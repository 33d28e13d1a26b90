# Las palabras propias de la terminal, en español: todo lo que `cairn` le muestra a una persona
# y que no escribe el núcleo. Escrito para quien habla español en las Américas y en EE. UU.
# (tú), no traducido palabra por palabra; "sin consumir" y nunca "limpio/a", para no darle
# género a la persona. Cada id de en/cli.ftl está aquí también (cli/src/text/tests.rs).

## Palabras que usan varias órdenes.

header-id = id
header-date = fecha
header-time = hora

## Caminos, consumos y estado.

journey-started = Empezaste tu camino ({ $id }).
journey-edited = Camino actualizado.
journey-list-journey = camino
journey-list-since = desde
use-kind-lapse = desliz
use-kind-relapse = recaída
use-deleted = Borrado. El historial guarda un registro de cómo era.
use-edited = Cambiado. La versión anterior se queda en el historial.
use-recorded = Anotado. { $before ->
    [one] El { $before } día sin consumir de antes sigue contando,
   *[other] Los { $before } días sin consumir de antes siguen contando,
} y también todo lo que llevas desde el principio: { $total ->
    [one] { $total } día sin consumir en total.
   *[other] { $total } días sin consumir en total.
}

status-percent = { $value } %
status-reached = ¡Lo lograste!: { $milestone } ({ $date })
status-clean-days = { $substance }: { $days ->
    [one] { $days } día sin consumir
   *[other] { $days } días sin consumir
}, desde el { $since }
status-clean-days-hours = { $substance }: { $days ->
    [one] { $days } día sin consumir
   *[other] { $days } días sin consumir
} ({ $hours } h { $minutes } min), desde el { $since }
status-clean-time = Tiempo sin consumir: { $time }
status-stage = Etapa: { $stage }
status-stage-progress = Etapa: { $stage } (vas en el { $percent }); { $days ->
    [one] falta { $days } día
   *[other] faltan { $days } días
} para la etapa de { $next }
status-next-milestone = Próximo logro: { $milestone } el { $date } ({ $days ->
    [0] hoy
    [1] mañana
   *[other] en { $days } días
})
status-totals = Racha más larga: { $longest ->
    [one] { $longest } día
   *[other] { $longest } días
} · { $total ->
    [one] { $total } día sin consumir en total
   *[other] { $total } días sin consumir en total
} · intento { $attempt }
status-money-saved = Dinero no gastado: { $amount }
status-hours-saved = Tiempo recuperado: { $hours }
status-shares = Días sin consumir: últimos 30, { $share30 } · últimos 90, { $share90 } · últimos 365, { $share365 }
status-damaged = { $count ->
    [one] No se pudo leer { $count } registro dañado.
   *[other] No se pudieron leer { $count } registros dañados.
}
status-no-journey = todavía no hay ningún camino; empieza uno con `cairn journey start --clean-date AAAA-MM-DD`

## Historial y logros.

history-since = { $substance } desde el { $date }
history-streaks = Rachas (todas cuentan):
history-uses = Consumos:
history-edits = Cambios y borrados:
history-kind = tipo
history-triggers = detonantes
history-note = nota
history-from = desde
history-to = hasta
history-days = días
history-ended-by = terminó por
history-now = ahora
history-when = cuándo
history-change = cambio
history-was = antes era
history-use-id = id del consumo
history-edited = cambiado
history-deleted = borrado
milestones-milestone = logro
milestones-days-left = días que faltan
milestones-reached-header = {""}
milestones-reached = logrado

## Registros diarios, tendencias y la tarjeta de seguridad.

checkin-saved = Registro del { $date } guardado. { $streak ->
    [one] { $streak } día seguido con registro.
   *[other] { $streak } días seguidos con registro.
}
checkin-replaced = Registro del { $date } reemplazado. { $streak ->
    [one] { $streak } día seguido con registro.
   *[other] { $streak } días seguidos con registro.
}
checkin-use-recorded = El consumo quedó en tu historial. Todo lo de antes sigue contando.

## El compromiso diario ("Solo por hoy"), hecho por la mañana y revisado en el registro.

pledge-made = Solo por hoy: compromiso hecho para el { $date }. { $streak ->
    [one] { $streak } día seguido con compromiso.
   *[other] { $streak } días seguidos con compromiso.
}
pledge-already = Solo por hoy: el { $date } ya tiene tu compromiso. { $streak ->
    [one] { $streak } día seguido con compromiso.
   *[other] { $streak } días seguidos con compromiso.
}
pledge-kept = Compromiso cumplido. Un día a la vez.
pledge-not-kept = Gracias por la respuesta sincera. Mañana hay un compromiso nuevo.
status-pledge-made = Solo por hoy: compromiso hecho. { $streak ->
    [one] { $streak } día seguido con compromiso.
   *[other] { $streak } días seguidos con compromiso.
}
status-pledge-open = Solo por hoy: aún sin compromiso (`cairn pledge`). { $streak ->
    [one] { $streak } día seguido con compromiso hasta ayer.
   *[other] { $streak } días seguidos con compromiso hasta ayer.
}
status-pledge-none = Solo por hoy: haz el compromiso de hoy con `cairn pledge`.
safety-call = Llama a { $who }: { $link }
insights-check-ins = Registros: { $streak ->
    [one] { $streak } día seguido
   *[other] { $streak } días seguidos
}, { $days } de los últimos 30 días
insights-averages = Ánimo: { $mood7 } (7 días), { $mood30 } (30 días)   Ganas de consumir: { $craving7 } (7 días), { $craving30 } (30 días)
insights-tag-count = { $tag } ({ $count })
insights-triggers = Detonantes: { $tags }
insights-helped = Lo que te ayudó: { $tags }
insights-reach-out = Busca apoyo: { $who } ({ $link })
tag-people = personas
tag-places = lugares
tag-stress = estrés
tag-boredom = aburrimiento
tag-pain = dolor
tag-conflict = conflictos
tag-money = dinero
tag-loneliness = soledad
tag-withdrawal = síntomas de abstinencia
tag-celebration = celebraciones
tag-meeting = reunión
tag-called-sponsor = llamé a mi padrino o madrina
tag-therapy = terapia
tag-exercise = ejercicio
tag-medication = medicamento
tag-rest = descanso
tag-reached-out = busqué apoyo

## Contactos y la cadena de apoyo.

contacts-added = Agregado ({ $id }).
contacts-name = nombre
contacts-role = rol
contacts-call = llamar
contacts-text = mensaje
role-sponsor = padrino o madrina
role-primary-sponsor = padrino o madrina (principal)
role-backup = respaldo
role-counselor = consejero o terapeuta
role-prescriber-or-clinic = médico o clínica
role-pharmacy = farmacia
role-family = familia
role-friend = amistad
role-peer = compañero de recuperación
role-crisis-line = línea de ayuda
role-emergency = emergencias
reach-out-logged = Anotado. Cuenta como "{ $action }" en tu registro de hoy.
reach-out-text = mensaje: { $link }

## El plan de prevención de recaídas.

plan-warning-signs = Señales de alerta
plan-triggers-to-avoid = Detonantes que evitar
plan-coping-steps = Qué hacer cuando cuesta
plan-reasons-to-stay-clean = Razones para seguir sin consumir
plan-people-to-call = Personas a quienes llamar
plan-safe-places = Lugares seguros
plan-empty = (nada todavía)

## El almacén, los ajustes, las copias de seguridad y las notificaciones.

init-created-following = Se creó un almacén cifrado en { $path }.
    Los días se cuentan en { $zone }, la zona de esta computadora; si viajas, la siguen.
init-created-pinned = Se creó un almacén cifrado en { $path }.
    Los días se cuentan en { $zone }.
passphrase-changed = La contraseña cambió y todos tus datos se cifraron de nuevo con una clave nueva. La anterior ya no abre este almacén; una copia hecha antes del cambio todavía se abre con ella, pero no guarda nada de lo que escribas después.
wipe-done = Se borró todo: cada archivo del almacén se sobrescribió y después se borró.
wipe-done-not-overwritten = Se borró todo, pero el disco no tenía espacio para sobrescribir antes cada archivo.
wipe-nothing = No había nada que borrar.
settings-time-zone = Zona horaria
settings-zone-following = { $zone } (sigue a esta computadora)
settings-zone-pinned = { $zone } (fija)
settings-language = Idioma
settings-language-following = { $language } (sigue a esta computadora)
settings-language-pinned = { $language } (fijo)
settings-region = Región
settings-not-set = sin elegir
settings-day-counting = Conteo de días
settings-day-zero = la fecha de inicio es el día 0
settings-day-one = la fecha de inicio es el día 1
settings-milestones = Logros
settings-milestones-at = { $set }, a las { $time }
settings-set-keytags = llaveros de NA
settings-set-early = primeros días
settings-set-personal = los tuyos
settings-set-all = todos
settings-reminder = Recordatorio del registro
settings-discreet = Notificaciones discretas
settings-medications = Recordatorios de medicamentos
settings-medication = { $name } a las { $times }
settings-pledge-reminder = Recordatorio del compromiso
settings-on = sí
settings-off = no
settings-none = ninguno
export-written = Copia de seguridad guardada en { $file } ({ $records ->
    [one] { $records } registro
   *[other] { $records } registros
}).
export-recovery-code = Código de recuperación (anótalo ahora; no se guarda en ningún lado y no se volverá a mostrar):
export-needs-passphrase = Para abrirla también vas a necesitar la contraseña de la copia.
export-damaged = { $count ->
    [one] No se pudo leer { $count } registro dañado y quedó fuera.
   *[other] No se pudieron leer { $count } registros dañados y quedaron fuera.
}
import-done = { $records ->
    [one] Se importó { $records } registro.
   *[other] Se importaron { $records } registros.
} Ahora están cifrados con la contraseña de esta computadora. Los días se cuentan en { $zone }.
import-undone = Se deshizo la importación: volvieron los datos que reemplazó, y los importados ya no están.
notifications-to-schedule = Por programar: { $count }
notifications-to-cancel = Por cancelar: { $count }

## Preguntas de contraseña.

prompt-passphrase = Contraseña:{" "}
prompt-repeat = Repítela:{" "}
prompt-backup-passphrase = Contraseña de la copia:{" "}
prompt-new-passphrase = Contraseña nueva (8 caracteres o más):{" "}
prompt-recovery-code = Código de recuperación:{" "}

## Cómo se llamó a `cairn`. Se nombra la opción; el mensaje de clap está en inglés.

usage-invalid-value = el valor de { $arg } no es válido (consulta cairn --help)
usage-unknown-argument = no se reconoce { $arg } (consulta cairn --help)
usage-unknown-command = esa orden no existe (consulta cairn --help)
usage-missing-argument = falta { $arg } (consulta cairn --help)
usage-conflict = { $arg } no se puede usar junto con { $other } (consulta cairn --help)
usage-missing-command = falta la orden (consulta cairn --help)
usage-invalid-arguments = los argumentos no son válidos (consulta cairn --help)
usage-no-home = no hay carpeta de usuario; indica una con --data-dir
usage-bad-clock = CAIRN_NOW no es un instante RFC 3339
usage-no-terminal = no hay terminal para pedir la contraseña; define CAIRN_PASSPHRASE
usage-no-terminal-code = no hay terminal para pedir el código de recuperación; define CAIRN_RECOVERY_CODE
usage-passphrases-differ = las dos contraseñas no coinciden
usage-date-required = falta --date
usage-medication = --medication se escribe NOMBRE@HH:MM[,HH:MM...]
usage-wipe-confirm = wipe borra todo y no se puede deshacer; para confirmarlo, ejecuta `cairn wipe --yes`
usage-import-would-replace = ya tienes registros aquí; `cairn import ARCHIVO --replace` los reemplaza (y `cairn import --undo` los trae de vuelta)
usage-import-nothing-to-undo = no hay ninguna importación que deshacer: los datos que reemplaza una importación se guardan solo hasta la siguiente importación, el siguiente cambio de contraseña o el borrado
usage-import-needs-file = import necesita un ARCHIVO de copia, o --undo
usage-positions = las posiciones empiezan en 1
usage-plan-edit = edit necesita --add TEXTO, --remove N o --replace N --text TEXTO
usage-not-settings = no es una orden de ajustes

## Errores del núcleo: qué salió mal, nunca los datos de la persona.

error-wrong-key = la clave o la contraseña no abre estos datos
error-key-source = estos datos no se abren con esa clase de clave
error-invalid = dato no válido en «{ $field }»: { $reason }
error-record-damaged = el registro { $id } está dañado o alguien lo modificó
error-key-data-damaged = las claves del almacén están dañadas
error-rolled-back = este almacén es una copia más antigua que la última que vio este dispositivo
error-not-a-store = este archivo no es un almacén de Cairn
error-newer-format = estos datos los guardó una versión más nueva de Cairn (formato { $found }; esta versión lee hasta el { $supported })
error-store-missing = todavía no hay datos de Cairn aquí; ejecuta primero `cairn init`
error-store-exists = ya hay un almacén de Cairn aquí
error-not-found = no se encontró: { $what }
error-not-found-contact = no se encontró ese contacto
error-not-found-journey = no se encontró ese camino
error-not-found-reach-out = no se encontró ese contacto de apoyo
error-not-found-record = no se encontró ese registro
error-not-found-settings = no se encontraron los ajustes
error-not-found-store = no se encontró el almacén
error-not-found-use = no se encontró ese consumo
error-not-found-chain-entry = eso no está en tu cadena de apoyo
error-exists = ya existe: { $what }
error-exists-check-in = ya hay un registro para ese día (usa --edit para reemplazarlo)
error-exists-record = ya existe un registro con esa clave
error-storage-full = el dispositivo no tiene espacio; no se guardó nada
error-not-a-backup = este archivo no es una copia de seguridad de Cairn
error-wrong-recovery-code = el código de recuperación o la contraseña no abre esta copia
error-backup-damaged = no se puede leer la copia de seguridad: está dañada, alterada o incompleta; no se importó nada
error-busy = otro proceso está usando el almacén; inténtalo de nuevo
error-closed = el almacén está cerrado
error-database = error de la base de datos: { $detail }
error-io = error del sistema de archivos: { $detail }
error-io-read-only = no se puede escribir en el almacén en esta ubicación
error-output = no se puede escribir la salida: { $detail }

## Los datos que revisa el núcleo.

field-backup = copia de seguridad
field-channel = canal
field-clean-date = fecha de inicio
field-clean-time = hora de inicio
field-contact = contacto
field-contacts = contactos
field-cost-per-day = costo por día
field-craving = ganas de consumir
field-currency = moneda
field-date = fecha
field-helped = lo que ayudó
field-hours-per-day = horas por día
field-id = id
field-index = posición
field-item = elemento
field-items = elementos
field-language = idioma
field-local-time = hora local
field-medication = medicamento
field-medications = medicamentos
field-mood = ánimo
field-name = nombre
field-note = nota
field-passphrase = contraseña
field-personal-milestone = logro personal
field-phone = teléfono
field-platform-key = clave del dispositivo
field-primary = principal
field-record = registro
field-recovery-code = código de recuperación
field-region = región
field-role = rol
field-section = sección
field-substance = sustancia
field-time = hora
field-time-zone = zona horaria
field-trigger = detonante
field-triggers = detonantes
field-pledge-kept = compromiso cumplido

## Por qué el núcleo no aceptó un dato.

reason-already-in-section = ya está en esta sección
reason-at-most-10-medications = como máximo 10 medicamentos
reason-at-most-20-items = como máximo 20 por sección
reason-cannot-be-encoded = no se puede guardar
reason-control-characters = tiene caracteres de control
reason-day-count-at-least-1 = el número de días tiene que ser 1 o más
reason-day-count-too-large = el número de días es demasiado grande
reason-duplicate = está repetido
reason-empty = está en blanco
reason-is-empty = está en blanco
reason-not-trimmed = tiene espacios al principio o al final
reason-expected-time = usa el formato HH:MM
reason-expected-date = usa el formato AAAA-MM-DD
reason-expected-date-time = usa el formato AAAA-MM-DDTHH:MM
reason-expected-medication = usa taken (tomado), missed (olvidado) o none (sin receta)
reason-code-length = tiene que tener 30 letras y dígitos en 6 grupos
reason-code-character = tiene un carácter que no se usa en los códigos de recuperación
reason-code-typo-1 = hay un error de escritura en el grupo 1
reason-code-typo-2 = hay un error de escritura en el grupo 2
reason-code-typo-3 = hay un error de escritura en el grupo 3
reason-code-typo-4 = hay un error de escritura en el grupo 4
reason-code-typo-5 = hay un error de escritura en el grupo 5
reason-code-typo-6 = hay un error de escritura en el grupo 6
reason-no-lookup-key = no tiene clave de búsqueda
reason-spaces-at-ends = tiene espacios al principio o al final
reason-same-dose-time = tiene la misma hora de dosis dos veces
reason-hour-range = la hora va de 00 a 23
reason-in-the-future = es en el futuro
reason-longer-than-1024-bytes = pasa de 1024 bytes
reason-longer-than-500 = pasa de 500 caracteres
reason-longer-than-80 = pasa de 80 caracteres
reason-not-a-country-code = no es un código de país ISO 3166-1 de dos letras
reason-past-end-of-chain = va más allá del final de la cadena
reason-too-large = es demasiado grande
reason-phone-too-long = es demasiado largo para ser un número de teléfono
reason-phone-letters = no se permiten letras; escribe los dígitos
reason-minute-range = los minutos van de 00 a 59
reason-month-range = el mes va de 01 a 12
reason-0-to-10 = tiene que ser de 0 a 10
reason-1-to-5 = tiene que ser de 1 a 5
reason-32-hex-digits = tiene que tener 32 dígitos hexadecimales
reason-at-least-8-characters = tiene que tener 8 caracteres o más
reason-exactly-32-bytes = tiene que tener exactamente 32 bytes
reason-name-control-characters = el nombre tiene caracteres de control
reason-name-1-to-60 = el nombre tiene que tener de 1 a 60 caracteres
reason-names-a-fixed-tag = ya es una de las opciones de la lista
reason-1-to-8-dose-times = necesita de 1 a 8 horas de dosis
reason-no-such-contact = ese contacto no está en tu círculo
reason-no-such-day = ese mes no tiene ese día
reason-no-such-item = no hay nada en esa posición
reason-not-a-language = Cairn no habla ese idioma (en, es)
reason-only-sponsor-primary = solo un padrino o una madrina puede ser el contacto principal
reason-circle-full = tu círculo está lleno (100 contactos como máximo)
reason-backup-needs-passphrase = esta copia también necesita su contraseña
reason-backup-has-no-passphrase = esta copia no tiene contraseña
reason-no-texts = a este contacto no se le pueden mandar mensajes
reason-too-long = es demasiado largo
reason-too-many = son demasiados
reason-too-many-records = tiene demasiados registros
reason-unknown-time-zone = no es una zona horaria IANA conocida
reason-unknown-role = ese rol no existe
reason-unknown-section = esa sección no existe
reason-year-before-1900 = el año es anterior a 1900
# Motivos que da un costo u horas por día (core/src/money, core/src/journal/savings.rs).
reason-not-a-currency = no es un código de moneda ISO 4217
reason-not-negative = no puede ser negativo
reason-not-plain-decimal-help = no es un número decimal simple (cifras y, si hace falta, un punto y más cifras)
reason-not-plain-decimal = no es un número decimal simple
reason-too-many-decimal-places = tiene más decimales que la moneda
reason-under-a-million = debe ser menor que 1000000 por día
reason-more-than-zero = debe ser mayor que cero
reason-not-a-number = no es un número
reason-at-most-24 = no puede pasar de 24
reason-at-most-2-decimals = tiene más de 2 decimales
reason-currency-needed = hace falta: la configuración no tiene una región con moneda habitual
# Motivos de una importación desde otra app (core/src/import_from).
reason-import-quitter-not-sobriety = es una copia de Quitter, no de Sobriety
reason-import-sobriety-not-quitter = es una copia de Sobriety, no de Quitter
reason-import-attempt-never-ended = un intento anterior nunca terminó
reason-import-attempts-overlap = los intentos se superponen
reason-import-cut-short = el archivo está cortado
reason-import-damaged-by-phone = está dañado, quizás por la exportación del teléfono
reason-import-does-not-match-history = no coincide con el historial
reason-import-nothing = no tiene nada que importar
reason-import-missing-title-or-date = falta el nombre o la fecha en que dejaste de consumir
reason-import-not-json = no es JSON
reason-import-not-utf8 = no es texto UTF-8
reason-import-not-json-export = no es una copia en JSON
reason-import-not-quitter = no es una copia de Quitter
reason-import-not-sobriety = no es una copia de Sobriety
reason-import-not-a-date = no es una fecha
reason-import-not-a-list = no es una lista
reason-import-not-a-map = no es un objeto con claves
reason-import-not-positive-length = no es una duración positiva
reason-import-not-a-time = no es una hora
reason-import-not-an-amount = no es una cantidad
reason-import-not-amount-and-unit = no es una cantidad con su unidad
reason-import-not-text = no es texto
reason-import-before-1900 = llega a antes de 1900
reason-import-damaged-unrecoverable = el texto que dañó la exportación del teléfono no se puede recuperar
reason-import-too-large = es demasiado grande
reason-import-too-many-attempts = tiene demasiados intentos
reason-import-too-many-notes = tiene demasiadas notas
reason-import-too-many-substances = tiene demasiadas sustancias
reason-import-unknown = no se reconoce
# Por qué no se aceptó una respuesta sobre el compromiso diario.
reason-kept-with-a-use = cumplido un día con consumo
reason-no-pledge-that-day = ese día no tiene compromiso

## `cairn demo`: el recorrido con datos de ejemplo. Los títulos de los pasos y lo que muestra
## cada uno.

demo-intro = Recorrido por Cairn con datos de ejemplo, en una carpeta temporal. No se lee ni se cambia nada de lo tuyo.
demo-title-create = crear el almacén
demo-title-journey = un camino de dos años
demo-title-history = el historial
demo-title-milestones = logros desde el último consumo
demo-title-circle = un solo toque en un mal día
demo-title-month = un mes de registros
demo-title-hard-day = un día difícil
demo-title-notifications = notificaciones
demo-title-new-phone = un teléfono nuevo
demo-title-look-inside = por dentro del archivo
demo-title-wrong-passphrase = una contraseña equivocada
demo-title-change-passphrase = cambiar la contraseña
demo-title-wipe = borrar todo
demo-create = Un almacén nuevo, cifrado con AES-256-GCM; su clave queda protegida por la contraseña (Argon2id, { $mebibytes } MiB, { $passes } pasadas). Los días se cuentan en { $zone }, donde hoy es { $date }.
demo-journey = La desintoxicación empezó el { $date }. Un desliz en el segundo mes y, más tarde, una recaída (corregida después a su verdadero último día; la primera versión queda en el registro de cambios). Hoy:
demo-circle = El botón llama primero al padrino; si no contesta, a la siguiente persona, y después a líneas que siempre contestan:
demo-check-ins = Treinta registros, { $streak ->
    [one] { $streak } día seguido
   *[other] { $streak } días seguidos
}. En 30 días, el ánimo promedió { $mood } de 5 y las ganas de consumir, { $craving } de 10.
demo-hard-day = El registro de hoy dice “consumí”. Queda anotado como un desliz y, como llega después de días sin consumir, aparece la tarjeta de seguridad:
demo-nothing-lost = No se pierde nada:
demo-notifications = Debería haber { $count ->
    [one] { $count } notificación pendiente
   *[other] { $count } notificaciones pendientes
} ({ $max } como máximo), de la más próxima a la más lejana; la pantalla bloqueada solo muestra “{ $public }”:
demo-kind-milestone = logro
demo-kind-check-in = recordatorio del registro
demo-kind-dose = dosis del medicamento
demo-kind-pledge = recordatorio del compromiso
demo-new-phone = { $exported ->
    [one] Se exportó { $exported } registro
   *[other] Se exportaron { $exported } registros
} a un solo archivo cifrado; su código de recuperación, que se muestra una sola vez, es { $code }. En un teléfono nuevo, con su propia clave, { $imported ->
    [one] se importó { $imported } registro
   *[other] se importaron { $imported } registros
}, y el historial es { $history }.
demo-history-identical = idéntico
demo-history-different = DISTINTO (esto nunca debería pasar)
demo-look-inside = La zona, las notas, los nombres y los números están guardados, pero al buscar en los { $bytes } bytes del almacén, “{ $zone }” aparece { $zones ->
    [one] { $zones } vez
   *[other] { $zones } veces
}; la nota “{ $note }”, { $notes ->
    [one] { $notes } vez
   *[other] { $notes } veces
}; el nombre del padrino, { $names ->
    [one] { $names } vez
   *[other] { $names } veces
}, y su número, { $numbers ->
    [one] { $numbers } vez
   *[other] { $numbers } veces
}.
demo-file = archivo
demo-bytes = bytes
demo-wrong-refused = Con una contraseña equivocada, Cairn responde: “{ $error }”.
demo-wrong-opened = Una contraseña equivocada ABRIÓ el almacén (esto nunca debería pasar).
demo-file-unchanged = El archivo no cambió ni un byte.
demo-file-changed = El archivo CAMBIÓ (esto nunca debería pasar).
demo-rewrapped = El cambio volvió a cifrar el almacén: cada registro quedó sellado con una clave nueva, así que la contraseña anterior ya no lo abre; la nueva sí lo abre y lee la zona guardada, { $zone }.
demo-rewrapped-old-accepted = El almacén se volvió a cifrar, pero la contraseña anterior TODAVÍA FUNCIONA (esto nunca debería pasar); la nueva encuentra { $zone }.
demo-wiped = Al borrar todo, primero se destruyeron las claves y después se borraron los archivos: no queda nada.
demo-wipe-left-something = Se destruyeron las claves y se borraron los archivos, pero QUEDÓ ALGO (esto nunca debería pasar).

## Lo que escribió la persona de ejemplo, con sus palabras (los nombres de personas se quedan).

demo-sample-note = me encontré con los de antes en la estación
demo-sample-last-use = último consumo; al día siguiente, otra vez a desintoxicación
demo-sample-sponsor = Jordan (padrino)
demo-sample-sponsor-note = devuelve la llamada en menos de una hora
demo-sample-medication = buprenorfina

## Fechas del recorrido: "domingo 22 de noviembre de 2026", "dom 22 nov". $n es 1 para el
## lunes y 1 para enero. Días y meses van en minúscula.

demo-long-date = { $weekday } { $day } de { $month } de { $year }
demo-short-date = { $weekday } { $day } { $month }
demo-weekday-name = { $n ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
demo-weekday-name-short = { $n ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
demo-month-name = { $n ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
demo-month-name-short = { $n ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}

## The journal (cairn journal) and the reasons to stay clean (cairn reasons).

journal-added = Guardado en tu diario ({ $id }).
journal-edited = Entrada cambiada. La versión anterior queda en el historial del diario.
journal-removed = Entrada borrada. Queda en el historial del diario (cairn journal list --audit).
journal-empty = Tu diario está vacío. Escribe en él con: cairn journal add "..."
journal-no-match = Nada en tu diario coincide.
journal-audit-header = Versiones anteriores:
journal-audit-empty = (ninguna)
journal-audit-edited = Cambiada
journal-audit-removed = Borrada
reasons-header = Tus razones para seguir sin consumir:
reasons-empty = Todavía no has escrito razones. Añade una con: cairn reasons add "..."
error-not-found-journal-entry = no se encontró esa entrada del diario
field-text = texto
field-query = búsqueda
reason-at-most-12-reasons = como máximo 12 razones

## Importing from another app (cairn import-from): the summary, one line per substance, notices.

import-from-added = De { $app }: { $journeys ->
    [one] se añadió { $journeys } camino
   *[other] se añadieron { $journeys } caminos
}, { $uses ->
    [one] { $uses } consumo
   *[other] { $uses } consumos
} (recaídas), { $entries ->
    [one] { $entries } entrada del diario
   *[other] { $entries } entradas del diario
}; ahorros puestos en { $savings ->
    [one] { $savings } camino
   *[other] { $savings } caminos
}.
import-from-already = { $records ->
    [one] { $records } registro ya se había importado y no se añadió otra vez.
   *[other] { $records } registros ya se habían importado y no se añadieron otra vez.
}
import-from-nothing-new = Nada nuevo de { $app }: todo lo de este archivo ya se había importado ({ $records ->
    [one] { $records } registro
   *[other] { $records } registros
}). No se cambió nada.
import-from-journey-added = { $substance }: añadido. Sin consumir desde el { $clean } (primera fecha de inicio: { $first }), { $relapses ->
    [one] { $relapses } recaída
   *[other] { $relapses } recaídas
}.
import-from-journey-already = { $substance }: importado antes. Sin consumir desde el { $clean }; { $uses ->
    [one] se añadió { $uses } consumo nuevo.
   *[other] se añadieron { $uses } consumos nuevos.
}
import-from-journey-later = { $substance }: previsto para empezar el { $first }; aún no se añade (vuelve a importar el archivo desde ese día).
import-from-journey-streaks = Rachas terminadas según Cairn: { $cairn } días; según { $app }: { $source }.
import-from-notice-zone-assumed = Las horas del archivo no tienen zona: se leyeron como horas locales en { $zone }.
import-from-notice-zone-instants = Las fechas y horas se leyeron en { $zone }.
import-from-notice-text-damaged = La exportación del teléfono de { $app } dañó parte del texto: { $count ->
    [one] { $count } carácter no se pudo recuperar
   *[other] { $count } caracteres no se pudieron recuperar
} (se ve como �), y los nombres y notas con tildes u otros alfabetos pueden tener letras equivocadas.
import-from-notice-dates-rebuilt = { $substance }: { $app } no guarda las fechas de las recaídas; se reconstruyeron con las duraciones que guardó.
import-from-notice-counts-differ = { $substance }: en Cairn el tiempo sin consumir empieza el día después de una recaída, por eso sus rachas difieren de las de { $app }.
import-from-notice-money-rounded = { $substance }: el costo por día tenía más decimales que su moneda y se redondeó a { $amount }.
import-from-notice-cost-no-currency = { $substance }: el costo por día no dice una sola moneda; pon tu región (cairn settings --region) e importa otra vez, o añádelo con cairn journey edit.
import-from-notice-cost-zero = { $substance }: el costo por día es menor que la unidad más pequeña de su moneda y se dejó fuera.
import-from-notice-cost-too-large = { $substance }: el costo por día es de un millón o más y se dejó fuera.
import-from-notice-hours-rounded = { $substance }: el tiempo por día se redondeó a { $hours } horas.
import-from-notice-other-savings = { $substance }: { $count ->
    [one] se dejó fuera { $count } ahorro que no es dinero (como cigarrillos).
   *[other] se dejaron fuera { $count } ahorros que no son dinero (como cigarrillos).
}
import-from-notice-several-currencies = { $substance }: ahorros en más de una moneda; solo la primera es su costo por día.
import-from-notice-stopped = { $substance }: habías dejado de contarlo en { $app }. Cairn registra esa parada como una recaída y cuenta el tiempo sin consumir desde el día siguiente.
import-from-notice-untracked = { $substance }: { $count ->
    [one] { $count } periodo que { $app } no siguió cuenta
   *[other] { $count } periodos que { $app } no siguió cuentan
} como sin consumir en Cairn; se registran las recaídas de ambos extremos.
import-from-notice-notes-ahead = { $count ->
    [one] Se dejó fuera { $count } nota con fecha posterior a hoy.
   *[other] Se dejaron fuera { $count } notas con fecha posterior a hoy.
}
import-from-notice-notes-split = { $count ->
    [one] { $count } nota larga se guardó en varias entradas del diario.
   *[other] { $count } notas largas se guardaron en varias entradas del diario cada una.
}
import-from-notice-lengths-without-substance = { $count ->
    [one] Se dejaron fuera las duraciones que { $app } guardó de { $count } sustancia que ya no sigue.
   *[other] Se dejaron fuera las duraciones que { $app } guardó de { $count } sustancias que ya no sigue.
}
import-from-notice-never-started = { $count ->
    [one] Se dejó fuera { $count } sustancia que nunca empezó.
   *[other] Se dejaron fuera { $count } sustancias que nunca empezaron.
}
import-from-notice-names-shortened = { $count ->
    [one] Se acortó { $count } nombre de más de 60 caracteres.
   *[other] Se acortaron { $count } nombres de más de 60 caracteres.
}
import-from-notice-legacy-field = Se ignoró un campo de una versión antigua de { $app } ({ $field }), como lo ignora { $app }.
field-import-file = archivo
field-import-history = historial
field-import-days = días
field-import-entries = entradas
field-import-quit-date = fecha de inicio
field-import-savings = ahorros
field-import-status = estado
field-import-time-saving = tiempo ahorrado
field-import-daily-notes = notas diarias
field-import-journal = diario
field-import-custom-names = nombres propios
