# El núcleo de Cairn, en español: cada frase que el núcleo escribe para una persona.
# Written for Spanish speakers in the Americas and the US (tú), not translated word for word.
# Every id of en/core.ftl is here too (core/src/text/tests.rs checks it). Phone numbers and
# service names stay exactly as the services publish them.

## La tarjeta de seguridad, tras un consumo después de 3 o más días sin consumir.

safety-title = Cuídate, por favor
safety-tolerance = { $days ->
    [one] Después de { $days } día sin consumir tu tolerancia es más baja que antes. La cantidad que usabas ahora te puede matar.
   *[other] Después de { $days } días sin consumir tu tolerancia es más baja que antes. La cantidad que usabas ahora te puede matar.
}
safety-start-low = Si vas a consumir, empieza con mucho menos que antes y ve despacio. Espera antes de usar más.
safety-not-alone-line = No consumas a solas. Llama primero a la línea de sobredosis de abajo, para que alguien pueda mandar ayuda si dejas de responder.
safety-not-alone-nearby = No consumas a solas. Avísale a alguien de confianza que esté cerca, para que pueda ver cómo estás y pedir ayuda.
safety-naloxone = Ten naloxona contigo y dile a alguien dónde está. En una sobredosis quizás no puedas ponértela tú.
safety-wears-off = El efecto de la naloxona dura de 30 a 90 minutos, menos que el de muchos opioides, así que la sobredosis puede volver. Quédate con la persona y llama a emergencias.
safety-not-starting-over = No estás empezando de cero. { $days ->
    [one] Tu { $days } día sin consumir sigue contando,
   *[other] Tus { $days } días sin consumir siguen contando,
} y también todo lo que aprendiste.
safety-spotter-us = No consumas a solas. Llama primero a la línea Never Use Alone al { $number }, para que alguien pueda mandar ayuda si dejas de responder.
safety-naloxone-us = Ten naloxona (Narcan) contigo y dile a alguien dónde está. En una sobredosis quizás no puedas ponértela tú.
safety-wears-off-us = El efecto de la naloxona dura de 30 a 90 minutos, menos que el de muchos opioides, así que la sobredosis puede volver. Quédate con la persona y llama al 911.
safety-spotter-ca = No consumas a solas. Llama primero a la línea NORS al { $number }, para que alguien pueda mandar ayuda si dejas de responder.

## Señales para buscar apoyo: hechos, nunca culpa; cada una sugiere una llamada.

signal-recent-use = { $days ->
    [0] Registraste un consumo hoy.
    [1] Registraste un consumo ayer.
   *[other] Registraste un consumo hace { $days } días.
} Hablarlo con alguien esta semana te puede ayudar a recuperar el paso.
signal-craving-both-of-two = Tus ganas de consumir llegaron a { $craving } o más en tus dos últimos registros. Las ganas pasan, y hablar con alguien puede ayudar a que estas pasen.
signal-craving-two-of-three = Tus ganas de consumir llegaron a { $craving } o más en dos de tus tres últimos registros. Las ganas pasan, y hablar con alguien puede ayudar a que estas pasen.
signal-craving-each-of-three = Tus ganas de consumir llegaron a { $craving } o más en cada uno de tus tres últimos registros. Las ganas pasan, y hablar con alguien puede ayudar a que estas pasen.
signal-mood-falling = Tu ánimo ha ido bajando en cada uno de tus tres últimos registros. Puede ayudarte contarle a alguien cómo estás.
signal-no-recent-check-in = Tu último registro fue hace { $days } días. Como sea que vayan las cosas, una llamada rápida a alguien de confianza puede ayudar.
signal-early-days = { $day ->
    [0] Tu nueva racha empieza hoy.
   *[other] Vas en el día { $day } de tu racha.
} Los primeros { $early } días suelen ser los más difíciles, y el apoyo ayuda más que nunca.

## Etapas de la recuperación.

stage-initiation = Inicio
stage-abstinence = Abstinencia
stage-maintained-abstinence = Abstinencia sostenida
stage-advanced-recovery = Recuperación avanzada
stage-initiation-about = Los primeros días: pasar la abstinencia física y convertir la decisión en un compromiso, aunque las dudas digan que no es para tanto.
stage-abstinence-about = Muchas veces el tramo más duro: síntomas, ganas y detonantes, mientras aprendes las herramientas que sostienen el resto de la recuperación.
stage-maintained-abstinence-about = Después de los primeros 90 días: usar esas herramientas en la vida diaria, hasta cumplir cinco años.
stage-advanced-recovery-about = Cinco años y más: usar lo aprendido para construir una vida plena y satisfactoria.

## Caminos.

journey-default-substance = opioides

## Logros y tiempo sin consumir.

milestone-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
milestone-months = { $count ->
    [one] { $count } mes
   *[other] { $count } meses
}
milestone-years = { $count ->
    [one] { $count } año
   *[other] { $count } años
}
milestone-of-journey = { $milestone } ({ $journey })
clean-time-two = { $first } y { $second }
clean-time-three = { $first }, { $second } y { $third }

## Dinero y tiempo no gastados.

# Horas recuperadas en todos los días limpios: "152,5 horas", "1 hora". $hours es el número
# como se escribe en el idioma; $count, el mismo número cuando es entero, para el plural.
savings-hours = { $count ->
    [one] { $hours } hora
   *[other] { $hours } horas
}

## Notificaciones. El texto público es lo único que muestra un teléfono bloqueado.

notification-public = Cairn: un momento para ti
notification-milestone = Hoy cumples { $milestone } sin consumir
notification-check-in = ¿Cómo te fue hoy? Tu registro toma 30 segundos.
notification-dose = Hora de tu { $medication } ({ $time })
notification-pledge = Buenos días. Solo por hoy: un toque para tu compromiso.

## Líneas de ayuda: los nombres propios de cada servicio y lo que ofrecen.

crisis-no-local-lines = No conocemos líneas locales para esta región; el 112 funciona desde la mayoría de los celulares.
crisis-hours-always = 24/7
crisis-hours-weekday-office = De lunes a viernes, en horario de oficina
crisis-emergency = Servicios de emergencia ({ $number })
crisis-us-988 = 988 Suicide & Crisis Lifeline
crisis-us-988-detail = Llama o manda un texto. También para crisis por consumo. Las llamadas se atienden en español; los textos, en inglés.
crisis-us-never-use-alone = Never Use Alone
crisis-spotter-detail = Se queda en la línea mientras consumes y manda ayuda si dejas de responder.
crisis-us-samhsa = SAMHSA National Helpline
crisis-us-samhsa-detail = Orientación gratuita y confidencial sobre tratamiento, en español y en inglés.
crisis-ca-988 = 988 Suicide Crisis Helpline
crisis-ca-988-detail = Llama o manda un texto, en inglés o en francés.
crisis-ca-nors = National Overdose Response Service (NORS)
crisis-gb-samaritans = Samaritans
crisis-samaritans-detail = Gratis, de día o de noche, desde cualquier teléfono.
crisis-gb-frank = FRANK
crisis-gb-frank-detail = Orientación confidencial sobre drogas; texto al 82111.
crisis-gb-nhs-111 = NHS 111
crisis-gb-nhs-111-detail = Ayuda urgente que no es una emergencia del 999; marca 2 para salud mental (Inglaterra).
crisis-ie-samaritans = Samaritans Ireland
crisis-ie-hse-drugs-helpline = HSE Drugs and Alcohol Helpline
crisis-ie-hse-drugs-helpline-detail = Apoyo e información gratuitos y confidenciales.
crisis-ie-112 = Servicios de emergencia (112 o 999)
crisis-ie-112-detail = El 999 también funciona.
crisis-au-lifeline = Lifeline
crisis-au-lifeline-detail = Llama al 13 11 14 o manda un texto al 0477 13 11 14.
crisis-au-aod-hotline = National Alcohol and Other Drug Hotline
crisis-au-aod-hotline-detail = Orientación gratuita y confidencial del servicio de alcohol y drogas de tu estado.
crisis-intl-112 = Número de emergencia (112)
crisis-intl-112-detail = El 112 funciona desde la mayoría de los celulares.
