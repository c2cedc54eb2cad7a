## Kriseplan. Spørgsmålene self-help, avoid, others-help, wishes, worked-before, not-working,
## where, if-admitted og agreements er ordret fra „Forslag til punkter i en kriseplan“
## (Socialstyrelsen, Faglige pejlemærker). Ret dem ikke. Resten er appens egen ordlyd.

crisis-plan-title = Min kriseplan
crisis-plan-description = Din egen plan for, hvad der hjælper, hvis du får det meget svært – lavet sammen med din { -staff }.

crisis-plan-about = Om planen
crisis-plan-warning = Tegn på, at en krise er på vej
crisis-plan-on-my-own = Det kan jeg selv gøre
crisis-plan-distraction = Mennesker og steder, der får tankerne et andet sted hen
crisis-plan-people = Mennesker, jeg kan bede om hjælp
crisis-plan-professionals = Fagfolk og steder, jeg kan kontakte
crisis-plan-safety = Trygge omgivelser
crisis-plan-reasons = Det, der er vigtigt for mig
crisis-plan-if-ill = Hvis jeg får det dårligt
crisis-plan-keeping = Hvor ligger planen?

crisis-plan-intro = En kriseplan er din plan for, hvad der kan hjælpe dig, hvis du får det meget svært.
    Vi skriver den sammen – med dine egne ord. Du bestemmer, hvad der skal stå.
    Du kan springe et spørgsmål over og vende tilbage til det en anden dag.
    .help = Planen er god at lave, mens du har det nogenlunde godt. Den kan altid laves om.
    .note = Lav planen tidligt i forløbet. Skriv borgerens egne ord, og spørg: „Skal vi skrive det sådan?“
        Som { -staff } skal du kende planen og kunne handle ud fra den. Planen kan være på papir eller digital.
        Tag gerne flere gange om det – det er ikke nødvendigt at nå det hele i dag.

crisis-plan-warning-signs = Hvordan kan du selv mærke, at en krise er på vej?
    .short = tegn på, at en krise er på vej
    .help = Tænk på dine tanker, dine følelser, din krop og det, du gør. For eksempel at du sover dårligt, trækker dig fra andre eller får bestemte tanker.
crisis-plan-others-notice = Hvordan kan andre se på dig, at du er ved at få det dårligt?
    .help = Det kan være noget, familie, venner eller din { -staff } har lagt mærke til.
    .note = Fortæl også, hvad du selv har set hos borgeren før – og spørg, om borgeren kan genkende det.
crisis-plan-avoid = Er der ting, du skal undgå, hvis en krise er på vej?
    .help = For eksempel bestemte steder, situationer, mennesker, alkohol eller stoffer.

crisis-plan-self-help = Hvad kan du gøre, som virker godt for dig?
    .short = det kan jeg selv gøre
    .help = Små ting tæller også: gå en tur, drikke et glas vand, høre musik, gøre rent eller ringe til nogen.
crisis-plan-worked-before = Hvad har virket godt før?
crisis-plan-not-working = Hvad virker ikke?
    .help = Det kan være noget, du selv har prøvet, eller noget andre har gjort, som ikke hjalp.

crisis-plan-people-places = Hvilke mennesker og steder kan hjælpe dig med at få tankerne et andet sted hen?
    .help = For eksempel en ven, du kan drikke kaffe med, et værested, biblioteket, et fællesskab eller en tur i naturen.

crisis-plan-contacts = Hvem kan du bede om hjælp, når du har det svært?
    .short = mennesker, du kan ringe til
    .help = Skriv navn, hvem personen er for dig (for eksempel søster, ven eller nabo) og telefonnummer. Du kan skrive flere.
    .note = Spørg, om personerne ved, at de står i planen, og om borgeren giver lov til, at I må kontakte dem.
crisis-plan-contacts-name = Navn
crisis-plan-contacts-relation = Relation
crisis-plan-contacts-phone = Telefon
    .invalid = Skriv telefonnummeret med tal. Mellemrum, +, parenteser og bindestreg er i orden.
crisis-plan-others-help = Hvad kan andre gøre, som er en hjælp for dig?
    .help = Skriv også gerne, hvad andre skal lade være med at gøre.
crisis-plan-wishes = Hvilke ønsker har du til hjælp i en krise?
    .help = For eksempel hvem du gerne vil have hjælp fra, og hvad de skal hjælpe med.

crisis-plan-professional-contacts = Hvilke fagfolk og steder kan du kontakte?
    .short = fagfolk og steder, du kan kontakte
    .help = For eksempel din { -staff }, din læge, lægevagten (aften, nat og weekend), distriktspsykiatrien eller et akuttilbud. Skriv navn, hvem det er (for eksempel min læge) og telefonnummer.
crisis-plan-professional-contacts-name = Navn eller sted
crisis-plan-professional-contacts-role = Rolle
crisis-plan-professional-contacts-phone = Telefon
    .invalid = Skriv telefonnummeret med tal. Mellemrum, +, parenteser og bindestreg er i orden.
crisis-plan-local-help = Hvis du har brug for hjælp med det samme, kan du kontakte din egen læge – eller lægevagten om aftenen, om natten og i weekenden – en psykiatrisk skadestue eller et socialt akuttilbud.
    Et socialt akuttilbud har åbent hele døgnet. Du kan komme anonymt og uden aftale.
    Her er numrene, du kan ringe til:
    .note = Listen er teamets lokale kontakter. Tjek sammen med borgeren, at de passer, og skriv gerne borgerens egne kontakter på listen ovenfor.

crisis-plan-safe-surroundings = Hvad kan gøre dine omgivelser mere trygge og sikre, når du har det svært?
    .help = For eksempel at en anden passer på noget for dig i en periode, eller at du ikke er alene.
    .note = Spørg roligt og direkte, om der er noget, borgeren kunne skade sig selv med – for eksempel medicin – og aftal konkret, hvem der gør hvad.

crisis-plan-reasons-for-living = Hvad er vigtigt for dig i dit liv – det, der er værd at holde fast i, når det er svært?
    .help = Det kan være mennesker, dyr, drømme eller ting, du glæder dig til. Du kan springe over.
    .note = Det, der giver borgeren grunde til at leve. Lad borgeren sige det med sine egne ord.

crisis-plan-where = Hvor vil du gerne være, hvis du får det dårligt – hjemme, hos familie, hos venner eller på hospitalet?
    .help = Du kan vælge flere steder. Bagefter kan du skrive, hvor du helst vil være først.
    .note = Spørg også, hvem borgeren gerne vil have kontakt med – og hvem ikke.
crisis-plan-where-home = Hjemme
crisis-plan-where-family = Hos familie
crisis-plan-where-friends = Hos venner
crisis-plan-where-hospital = På hospitalet
crisis-plan-where-other = Et andet sted
crisis-plan-where-who = Hos hvem?
crisis-plan-where-else = Hvor vil du gerne være?
crisis-plan-where-order = Hvor vil du helst være først – og hvor bagefter?
    .help = Skriv det med dine egne ord, for eksempel: „Hjemme, ellers hos min søster.“ Du kan springe over, hvis det er lige meget.
crisis-plan-if-admitted = Hvis du skulle blive indlagt, hvad har du så brug for, at andre tager sig af?
crisis-plan-agreements = Hvem skal der laves aftaler med i forhold til hjælp med for eksempel børn, husdyr, planter, regninger?
    .help = Skriv, hvem der hjælper med hvad.
    .note = Aftal det med dem, det drejer sig om, og skriv deres navne og telefonnumre i planen.

crisis-plan-kept-where = Hvor skal planen ligge, så du selv kan finde den, når du har brug for den?
    .help = Den kan være på papir eller digital – for eksempel i en app, på køleskabet eller i en skuffe.
    .note = Planen skal ligge, hvor borgeren selv kan nå den – ikke på et bagkontor, hvor borgerne ikke kommer. Som { -staff } skal du også kende planen.
crisis-plan-on-card = Hvad skal stå på dit krisekort?
    .help = Krisekortet er lille og kan ligge i pungen eller på telefonen. Dit navn, 112 og de lokale krisenumre står der altid. Springer du over, kommer tegnene på en krise, det, du selv kan gøre, og dem, du kan ringe til, på kortet.
    .note = Kortet kan ses af andre, hvis borgeren taber det. Spørg, om der er noget, borgeren helst ikke vil have stående.
crisis-plan-on-card-warning-signs = Tegn på, at en krise er på vej
crisis-plan-on-card-self-help = Det, jeg selv kan gøre
crisis-plan-on-card-people-places = Mennesker og steder, der får tankerne et andet sted hen
crisis-plan-on-card-contacts = Mennesker, jeg kan ringe til
crisis-plan-on-card-others-help = Det, andre kan gøre for mig
crisis-plan-on-card-professional-contacts = Fagfolk og steder, jeg kan kontakte
crisis-plan-on-card-reasons-for-living = Det, der er vigtigt for mig
crisis-plan-on-card-not-working = Det, der ikke virker
crisis-plan-copy = Må andre få en kopi af din plan?
    .help = Det bestemmer du selv, og du kan altid ændre det.
crisis-plan-copy-who = Hvem må få en kopi?
    .help = For eksempel din { -staff }, din familie, din læge – eller hospitalet, hvis du bliver indlagt.
    .note = Skriv præcist, hvem borgeren har sagt ja til. Planen må kun gives videre med borgerens samtykke.
crisis-plan-review-when = Hvornår skal vi se på planen igen?
    .help = For eksempel om en måned eller om tre måneder. Vi ser også altid på den igen efter en krise.
    .note = Aftal en dato. Planen skal justeres efter hver krise.
crisis-plan-closing = Det var det sidste spørgsmål. Planen er din, og den kan altid laves om.
    Læs den igennem sammen, og sig til, hvis noget skal skrives anderledes.
