## Netværkskortet. Ordret fra Socialstyrelsen, Faglige pejlemærker, anbefaling 5.1 (seed
## 000:L3472–3496): de fire spørgsmål (people, importance og marks' „ved, hvordan du har
## det“ og „tale med eller få hjælp fra“) og kategorierne familie, venner, bekendte,
## naboer, steder og aktiviteter (L3474–3476, L3842–3846). Resten er appens egen ordlyd.

network-map-title = Netværkskortet
network-map-description = Hvem og hvad der er en del af dit liv – hvor tæt og hvor vigtigt – tegnet som et kort.

network-map-start = Om kortet
network-map-my-network = Mit netværk
network-map-ahead = Fremover

network-map-intro = Vi tegner et kort over dit netværk: de mennesker, steder og aktiviteter, der betyder noget for dig.
    Du er i midten. Dem, der er tættest på dig, kommer inderst.
    Kortet er dit, og du bestemmer, hvem der skal med. Du kan springe et spørgsmål over.
    .note = Spørg åbent og nysgerrigt til, hvem borgeren har kontakt med eller gerne vil have kontakt med. Har myndigheden allerede talt med borgeren om netværket, kan I tage udgangspunkt i det.

network-map-people = Hvilke personer er en del af dit liv?
    .help = Skriv én ad gangen. Du kan også skrive steder og aktiviteter, der betyder noget for dig – for eksempel biblioteket, en klub eller gåturen om søen.
    .note = Kildens spørgsmål: „Hvilke personer er en del af dit liv? • Hvilke af disse personer er vigtige i dit liv? • Hvem ved, hvordan du har det? • Hvem kan du tale med eller få hjælp fra?“
        Tag gerne én person ad gangen og spørg til markeringerne undervejs. Et kort med få navne er også et kort.
network-map-people-name = Navn
    .invalid = Et navn kan højst være 60 tegn. Skriv et kaldenavn eller en forkortelse.
network-map-people-category = Hvem eller hvad
network-map-people-category-family = Familie
network-map-people-category-friends = Venner
network-map-people-category-acquaintances = Bekendte
network-map-people-category-neighbours = Naboer
network-map-people-category-professionals = Professionelle
network-map-people-category-places = Steder
network-map-people-category-activities = Aktiviteter
network-map-people-category-other = Andet
network-map-people-closeness = Hvor tæt
network-map-people-closeness-very-close = Meget tæt
network-map-people-closeness-close = Tæt
network-map-people-closeness-further = Længere væk
network-map-people-importance = Hvor vigtig
network-map-people-importance-very = Meget vigtig
network-map-people-importance-some = Vigtig
network-map-people-importance-little = Mindre vigtig
network-map-people-marks = Markeringer
network-map-people-marks-knows = Ved, hvordan jeg har det
network-map-people-marks-talk = Jeg kan tale med eller få hjælp fra
network-map-people-marks-closer = Vil gerne have tættere på
network-map-people-marks-not-involved = Ønsker ikke inddraget

network-map-widen = Vil du gerne udvide dit netværk?
    .help = Det kan være nye mennesker, et fællesskab eller en aktivitet – eller at få genoptaget kontakten med nogen.
    .note = Et nej er også et svar og skal respekteres. I kan spørge igen senere i forløbet, hvis borgeren har lyst.
network-map-widen-how = Hvad kunne være et første skridt?
    .help = Skriv det med dine egne ord. Det må gerne være lille.

network-map-closing = Tak, fordi du viste mig dit netværk.
    Kortet kan tegnes og printes med `samtale map`, og I kan vende tilbage til det og lave det om.
    .note = Spørg borgeren, før nogen fra kortet bliver kontaktet. Deling af oplysninger kræver borgerens samtykke.
