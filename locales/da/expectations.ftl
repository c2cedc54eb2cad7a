## Forventningsafstemning. De fire punkter fra Slagelse Kommune står ordret i noterne til
## important, wishes-goals, advice og expect-collaboration (Socialstyrelsen, Faglige
## pejlemærker, seed 000:L4995–5007). Spørgsmålene til borgeren er appens omformulering
## til „du“. Rammerne følger Socialstyrelsens guide (seed 004:L383–384, 002:L1250–1310).
## Resten er appens egen ordlyd.

expectations-title = Forventningsafstemning
expectations-description = Hvad der er vigtigt for dig, og hvad I kan forvente af hinanden – når I begynder at arbejde sammen, og igen undervejs.

expectations-start = Før vi begynder
expectations-you = Det, der er vigtigt for dig
expectations-frame = Rammerne for vores samarbejde
expectations-journal = Dine oplysninger
expectations-again = Næste gang

expectations-intro = Vi skal arbejde sammen, og det skal give mening for dig.
    Derfor taler vi om, hvad der er vigtigt for dig, og hvad vi kan forvente af hinanden.
    Der er ingen rigtige eller forkerte svar. Du kan springe et spørgsmål over, og vi kan tage det op igen senere.
    .note = Giv dig tid til at lære borgeren at kende, og fortæl gerne lidt om dig selv.
        Skriv svarene med borgerens egne ord. Forventningerne kan ændre sig – tag samtalen op igen undervejs.

expectations-important = Hvad er vigtigt i dit liv?
    .help = Det kan være mennesker, steder, ting du holder af at lave, eller noget du gerne vil passe på.
    .note = I kilden lyder punktet: „Hvad er vigtigt i borgerens liv?“
expectations-wishes-goals = Hvilke ønsker og mål har du?
    .help = Både store drømme og små ting tæller.
    .note = I kilden lyder punktet: „Hvilke ønsker og mål har borgeren?“
expectations-advice = Hvilke gode råd har du til mig om, hvordan jeg bedst kan støtte dig?
    .help = For eksempel hvordan du helst vil have, at jeg taler med dig, hvad der hjælper dig, og hvad du ikke bryder dig om.
    .note = I kilden lyder punktet: „Hvilke gode råd har borgeren til { -staff(form: "definite") } i forhold til, hvordan { -staff(form: "definite") } bedst kan støtte borgeren?“
expectations-expect-collaboration = Hvilke forventninger har du til vores samarbejde, til den støtte, du får, og til dig selv?
    .note = I kilden lyder punktet: „Hvilke forventninger har borgeren til samarbejdet, indsatsen og sig selv?“

expectations-help-offered = Hvad kan du få hjælp til hos mig?
    .note = Fortæl konkret, hvilken hjælp du kan tilbyde, og hvad der ligger uden for din opgave. Giv gerne eksempler.
expectations-expect-of-me = Hvad kan du forvente af mig?
    .help = For eksempel at jeg kommer, når vi har aftalt det, og siger til i god tid, hvis noget bliver ændret.
expectations-expect-of-you = Hvad forventer jeg af dig – og er det i orden for dig?
    .note = Sig dine egne forventninger højt, og spørg, om borgeren kan se sig selv i dem.
expectations-place = Hvor vil du helst, at vi mødes?
    .help = Du kan vælge flere.
expectations-place-home = Hjemme hos mig
expectations-place-cafe = På en café
expectations-place-walk = På en gåtur eller i en park
expectations-place-office = På kontoret
expectations-place-online = Over video eller telefon
expectations-place-other = Et andet sted
expectations-place-else = Hvor ellers vil du gerne mødes?
expectations-when-often = Hvornår på dagen og hvor tit passer det dig, at vi mødes?
expectations-who-attends = Hvem skal være med, når vi holder møder?
    .help = For eksempel en pårørende, en ven eller en, der selv har erfaring med psykiske vanskeligheder.
    .note = Tilbyd gerne, at borgeren kan tage en pårørende eller en peer med, hvis borgeren ønsker det.
expectations-resources = Hvad er du god til, som vi kan bruge i samarbejdet?
    .help = Det kan være noget, du kan, noget du ved, eller noget, der giver dig kræfter.
expectations-good-collaboration = Hvad lægger du vægt på i et godt samarbejde?

expectations-journal-sharing = Hvad vil du have, at vi gør med dine oplysninger, når andre spørger?
    .help = Det handler om din journal, og om hvad vi må fortælle for eksempel din læge, din sagsbehandler eller din familie.
    .note = Fortæl ærligt, hvornår du har pligt til at give oplysninger videre, også uden samtykke – for eksempel underretningspligten.
expectations-journal-sharing-agreed = Du må dele med dem, vi aftaler her
expectations-journal-sharing-ask-first = Spørg mig først, hver gang
expectations-journal-sharing-only-duty = Kun det, du har pligt til at dele
expectations-journal-sharing-who = Hvem må vi dele med, og hvad må de få at vide?

expectations-revisit = Hvornår skal vi tale om forventningerne igen?
    .help = For eksempel om en måned, eller når noget ændrer sig.
expectations-closing = Tak. Det, vi har talt om i dag, er udgangspunktet for vores samarbejde.
    Det kan altid laves om – sig til, hvis noget ikke passer dig.
