## LA2 tryghedsplan (rød). Kilden (Tuesten Huse, VIVE/SUS 2021, seed 001:L6391–6432)
## beskriver planen om „borgeren“; spørgsmålene er tilpasset til „du“, og hvert trin står
## med sin kilde i source i .ron-filen. Udløserne under triggers er kildens eksempler.
## Resten er appens egen ordlyd.

la2-safety-plan-title = Min tryghedsplan (LA2, rød)
la2-safety-plan-description = Hvad der kan få en situation til at spidse til for dig, hvordan du oplever det, og hvordan vi bedst støtter dig, når det sker.

la2-safety-plan-start = Om planen
la2-safety-plan-pressure = Det, der presser mig
la2-safety-plan-inside = Sådan oplever jeg det
la2-safety-plan-outside = Sådan kan I se det
la2-safety-plan-support = Sådan støtter I mig bedst
la2-safety-plan-keeping = Planen

la2-safety-plan-intro = Tryghedsplanen handler om de situationer, hvor det bliver for meget, og noget spidser til.
    Vi skriver, hvad der kan sætte det i gang, hvordan du selv oplever det, og hvordan vi bedst kan støtte dig.
    Det er dig, der ved mest om, hvad der hjælper. Du kan springe et spørgsmål over, og vi kan stoppe når som helst.
    .note = Lav planen tidligt – gerne kort før eller efter indflytning – og lav den sammen med borgeren.
        Det er en fælles, udforskende samtale med udgangspunkt i borgerens oplevelser. Skriv borgerens egne ord.
        Nogle borgere er bange for, hvad oplysningerne bliver brugt til. Fortæl ærligt, hvad planen bruges til.

la2-safety-plan-triggers = Hvad ved du af erfaring kan få en situation til at spidse til for dig?
    .short = det kan sætte det i gang
    .help = Vælg alle dem, der passer. Du kan skrive mere på næste side.
la2-safety-plan-triggers-changes = Forandringer og ændringer i mine vaner
la2-safety-plan-triggers-new-people = Nye mennesker
la2-safety-plan-triggers-money = Økonomiske vanskeligheder
la2-safety-plan-triggers-family = Familieforhold
la2-safety-plan-triggers-missing-friends = Savn af mine kammerater
la2-safety-plan-triggers-lonely = At jeg føler mig ensom
la2-safety-plan-triggers-demands = For mange krav
la2-safety-plan-triggers-other = Noget andet
la2-safety-plan-triggers-more = Fortæl mere om det, der kan sætte det i gang – også det, der ikke står på listen.
la2-safety-plan-strains = Hvor ligger dine grundlæggende belastninger, og hvad kan ske udefra, som presser dig?

la2-safety-plan-experience = Hvordan oplever du det selv, når det spidser til?
la2-safety-plan-i-do = Hvad gør du, når du er presset, eller en situation spidser til?
    .short = det gør jeg selv
    .help = Skriv det, som du ville sige det. For eksempel: „Jeg trækker mig ind i mig selv. Jeg kan blive vred.“

la2-safety-plan-staff-sees = Hvordan kan vi se, at du er ved at få det rigtig svært?
    .short = sådan kan I se, det er svært
    .note = Fortæl, hvad du og dine kolleger har set, og spørg, om borgeren kan genkende det.
la2-safety-plan-our-part = Er der noget, vi gør, som kan være med til at presse dig?
    .note = Spørg ærligt og tag imod svaret. I Tuesten Huse spørger personalet sig selv: „Og har vi en andel i, at xx er røget herhen?“

la2-safety-plan-best-support = Hvordan har du erfaring med, at vi bedst kan støtte dig?
la2-safety-plan-staff-do = Hvad skal vi gøre, når det spidser til?
    .short = det skal I gøre
    .help = Et eksempel fra en anden plan: „Tilbyde PN, tilbyde samtale, være afslappet i samværet, agere som vanligt.“ En anden skrev: „Besøg mig i lejligheden ofte – små korte besøg“.
la2-safety-plan-staff-avoid = Hvad skal vi lade være med at gøre?
la2-safety-plan-calms = Hvad hjælper dig med at falde til ro igen?
    .short = det hjælper mig til ro

la2-safety-plan-review-when = Hvornår skal vi se på planen igen?
    .help = Planen kan laves om, når du har fundet nye måder at mestre det på, eller når noget andet har ændret sig.
la2-safety-plan-share = Må vi give planen videre, hvis det bliver nødvendigt?
    .help = For eksempel hvis du bliver indlagt på en psykiatrisk afdeling, flytter til et andet tilbud, eller til dine pårørende.
    .note = Planen gives kun videre med borgerens tilladelse. Fortæl også, hvor planen bliver opbevaret, og hvilke medarbejdere der kan læse den.
la2-safety-plan-share-no = Nej, den bliver hos de medarbejdere, der arbejder med mig
la2-safety-plan-share-yes = Ja, hvis det bliver nødvendigt
la2-safety-plan-share-some = Kun noget af den, eller kun til nogle
la2-safety-plan-share-what = Hvad må vi give videre, og til hvem?
la2-safety-plan-closing = Tak. Nu har vi din tryghedsplan. Vi bruger den til at støtte dig bedst muligt, og vi ser på den igen sammen.
