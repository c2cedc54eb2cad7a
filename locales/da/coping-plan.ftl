## Min mestringsplan. De tre ting, planen beskriver, står ordret i noterne til goal,
## keep-how og care-self (Herning Kommune, Socialstyrelsen, Faglige pejlemærker, seed
## 000:L2330–2340). Spørgsmålene til borgeren er appens omformulering til „du“. Resten er
## appens egen ordlyd.

coping-plan-title = Min mestringsplan
coping-plan-description = Din plan for at holde fast i dit udviklingsmål: det, der virker for dig, og hvordan du passer på dig selv undervejs.

coping-plan-start = Om planen
coping-plan-my-goal = Mit udviklingsmål
coping-plan-holding-on = Sådan holder jeg fast i det
coping-plan-taking-care = Sådan passer jeg på mig selv
coping-plan-next = Indtil næste gang

coping-plan-intro = En mestringsplan samler det, du har fundet ud af virker for dig.
    Du kan bruge den som støtte, når du arbejder videre med dit mål – også når vi ikke ses så tit mere.
    Vi skriver den med dine egne ord. Du kan springe et spørgsmål over.
    .note = Planen kan laves til sidst i et gruppeforløb eller før et samarbejde slutter, og den kan laves om undervejs.
        Skriv kun de strategier ned, som borgeren selv synes virker.

coping-plan-goal = Hvordan ser dit udviklingsmål ud?
    .help = Skriv målet, som du selv ville sige det. Det må gerne være noget, du kan nå inden for en overskuelig tid.
    .note = Planen beskriver ifølge kilden: „Hvordan borgerens udviklingsmål ser ud“.

coping-plan-keep-how = Hvordan kan du holde fast i dit udviklingsmål?
    .help = Tænk på, hvad der skal til i hverdagen, for at du bliver ved.
    .note = Planen beskriver ifølge kilden: „Hvordan borgeren kan fastholde udviklingsmålet“.
coping-plan-strategies = Hvad gør du, som virker for dig?
    .help = Skriv én ting ad gangen, og gerne i hvilke situationer den hjælper. Det kan være at gå en tur, ringe til en ven, lave en liste eller holde en pause.
    .note = Spørg, hvad borgeren allerede gør. Mestringsstrategier kan både løse et problem og dæmpe ubehag – begge dele tæller.
coping-plan-strategies-strategy = Det gør jeg
coping-plan-strategies-situation = Hvornår det hjælper
coping-plan-short-term = Er der noget, du gør, som hjælper lige nu, men som ikke er godt for dig på længere sigt?
    .help = Det gælder for de fleste. Det er godt at kende, så du kan vælge noget andet, når du kan.
    .note = Spørg nysgerrigt og uden at dømme. Det samme kan virke godt på kort sigt og dårligt på længere sigt.
coping-plan-transfer = Er der noget, der virker for dig ét sted, som du kunne prøve at bruge et andet sted?
    .help = For eksempel noget, der hjælper derhjemme, som du også kunne bruge på arbejde, i skolen eller sammen med andre.

coping-plan-care-self = Hvordan kan du passe på dig selv, mens du arbejder med at holde fast i dit mål?
    .note = Planen beskriver ifølge kilden: „Hvordan borgeren kan passe på sig selv i arbejdet med at fastholde udviklingsmålet“.
coping-plan-too-much = Hvordan kan du mærke, at det er ved at blive for meget?
    .help = Det kan være noget i kroppen, i tankerne eller i det, du gør – for eksempel at du sover dårligt eller trækker dig fra andre.
coping-plan-support = Hvem kan støtte dig, hvis du har brug for det?
    .help = Skriv navn, hvem personen er for dig, og hvordan personen kan støtte dig.
    .note = Spørg, om personerne ved, at de står i planen.
coping-plan-support-name = Navn
coping-plan-support-relation = Hvem personen er for mig
coping-plan-support-how = Sådan kan personen støtte mig

coping-plan-try-next = Hvad vil du prøve at arbejde med, til vi ses næste gang?
    .help = Noget småt er fint – for eksempel at tale med en fra det hold, du går på.
coping-plan-kept-where = Hvor vil du have din mestringsplan, så du kan finde den, når du har brug for den?
    .help = For eksempel på papir på køleskabet, som billede på telefonen eller i en app.
coping-plan-review-when = Hvornår skal vi se på planen igen?
coping-plan-closing = Tak. Nu har du din mestringsplan. Den er din, og vi kan altid ændre den sammen.
