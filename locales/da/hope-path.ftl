## Håbets Sti. De tre trin og deres ni spørgsmål står ordret i kilden (Personcentreret
## planlægning, Kaaber m.fl., 2010, i Socialstyrelsen, Faglige pejlemærker, seed
## 000:L1136–1175); „Og hvem …“-spørgsmålene er delt ud på et trin for sig. Resten er
## appens egen ordlyd.

hope-path-title = Håbets Sti
hope-path-description = Fra dit mål til det første skridt: I forestiller jer vejen mod målet og bliver enige om et delmål, du vil i gang med.

hope-path-start = Dit mål
hope-path-halfway = Trin 1: Halvvejs
hope-path-nearly = Trin 2: Tæt på målet
hope-path-first = Trin 3: Det første skridt

hope-path-intro = Håbets Sti er tre trin, der kan hjælpe med at dele et mål op i mindre skridt.
    Først forestiller du dig, at du er halvvejs. Så at du næsten er i mål. Til sidst aftaler vi det første skridt, du vil tage – det bliver dit delmål.
    Du kan springe et spørgsmål over.
    .note = I kilden står der: „{ -staff(form: "definite") } kan støtte borgeren i at få skrevet delmål og refleksioner fra drøftelsen ned.“
        Det første skridt gemmes som et delmål, som I kan følge op på i „Opfølgning på delmål“.

hope-path-goal = Hvad er dit mål?
    .help = Skriv det med dine egne ord – for eksempel at komme i uddannelse, få et job eller få flere venner.
    .note = Sørg for, at målet står med borgerens egne ord, og at det er et mål, borgeren selv er motiveret for.
    .short = Målet

hope-path-halfway-intro = Forestil dig, at du er halvvejs mod dit mål.
    Tag dig god tid. Der er ingen forkerte svar.
    .note = I trin 1 skal borgeren forestille sig at være halvvejs mod sit mål, for eksempel om at komme i uddannelse.
hope-path-steps-taken = Hvilke skridt har du taget for at være nærmere på dit mål?
hope-path-hard-so-far = Hvad har gjort det svært at arbejde med målet?
hope-path-support-then = Hvad har du haft behov for støtte til?
hope-path-supporters-then = Og hvem har støttet dig?
    .help = Skriv én ad gangen. Det kan være familie, venner, naboer, din { -staff } eller andre.
hope-path-supporters-then-name = Hvem
hope-path-supporters-then-how = Hvordan de støttede dig

hope-path-nearly-intro = Forestil dig nu, at du er tæt på at have nået dit mål.
    .note = I trin 2 skal borgeren forestille sig at være tæt på at have nået sit mål.
hope-path-last-step = Hvad er det sidste skridt, du tager, for at opnå dit mål?
hope-path-hard-last = Hvad kan gøre det svært at tage det sidste skridt?
hope-path-support-now = Hvad har du behov for støtte til?
hope-path-supporters-last = Og hvem skal støtte dig?
    .help = Skriv én ad gangen.
hope-path-supporters-last-name = Hvem
hope-path-supporters-last-how = Hvordan de skal støtte dig

hope-path-first-intro = Nu vender vi tilbage til i dag. Hvad vil du gøre som det første?
    .note = I trin 3 forpligter borgeren sig på at tage det første skridt hen mod målet.
        Det første skridt må gerne være lille: et delmål, borgeren hurtigt og relativt let kan nå, kan give en oplevelse af succes.
hope-path-first-step = Hvad er det første skridt, du skal tage hen mod målet?
    .help = Skriv det med dine egne ord. Det bliver dit delmål, som vi følger op på næste gang.
    .note = Delmål bør være konkrete og opnåelige inden for en overskuelig fremtid.
    .short = Det første skridt (delmål)
hope-path-first-how = Hvordan får du taget det første skridt?
hope-path-supporters-first = Hvem skal støtte dig i at tage det første skridt, og hvordan skal de støtte dig?
    .help = Skriv én ad gangen.
hope-path-supporters-first-name = Hvem
hope-path-supporters-first-how = Hvordan de skal støtte dig

hope-path-closing = Tak. Når vi afslutter, gemmes dit første skridt som et delmål.
    Næste gang kan vi tale om, hvordan det er gået, i „Opfølgning på delmål“.
