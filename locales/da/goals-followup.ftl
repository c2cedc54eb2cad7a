## Opfølgning på delmål. Appens egen ordlyd efter Socialstyrelsen, Faglige pejlemærker
## (seed 000:L1101–1125) og borgernes og medarbejdernes ord i seed 001 og 002 (se
## kildelinjen i goals-followup.ron). Spørgsmålene om et delmål har det som { $goal }.

goals-followup-title = Opfølgning på delmål
goals-followup-description = Hvordan er det gået med dine delmål? For hvert delmål: hvordan det er gået, og om du vil holde fast i det, ændre det, afslutte det eller lægge det til side.

goals-followup-start = Opfølgning
goals-followup-each-goal = Dine delmål
goals-followup-next = Videre herfra

goals-followup-intro = Nu ser vi på de delmål, du har sat dig – ét ad gangen.
    For hvert delmål taler vi om, hvordan det er gået, og hvad du vil gøre med det nu. Det er helt i orden at ændre et delmål eller lægge det til side – så har vi lært noget.
    Har du ingen delmål endnu, kan du sætte et til sidst.
    .note = Skab en fælles opmærksomhed på den udvikling, borgeren har været igennem – også de små skridt.
        Opfølgning på mål og delmål skal løbende dokumenteres; samtalen gemmer, hvad der blev aftalt om hvert delmål.

goals-followup-progress = Hvordan er det gået med dit delmål „{ $goal }“?
    .help = Sæt et mærke fra 0 til 10. Der er ikke noget rigtigt svar – det er en måde at begynde samtalen på.
    .min = Slet ikke
    .max = Rigtig godt
    .short = Hvordan det er gået
goals-followup-went = Fortæl, hvordan det er gået med „{ $goal }“. Hvad har fungeret, og hvad har været svært?
    .help = Med dine egne ord. Små skridt tæller også.
    .note = Spørg til, hvad der har fungeret og eventuelt ikke fungeret i borgerens hverdag og i støtten.
goals-followup-decision = Hvad vil du gøre med delmålet „{ $goal }“ nu?
    .note = Er noget nået, afslutter I det og kan sætte et nyt. Er noget stadig svært, så tal om, hvor meget støtte borgeren har brug for til det.
goals-followup-decision-keep = Holde fast i det
goals-followup-decision-change = Sige det på en ny måde
goals-followup-decision-finish = Det er nået – afslutte det
goals-followup-decision-drop = Lægge det til side
goals-followup-new-wording = Hvordan vil du sige delmålet „{ $goal }“ nu, med dine egne ord?
    .help = Delmålet følges videre med de nye ord.

goals-followup-new-goal = Er der et nyt delmål, du vil sætte dig?
    .help = Skriv det med dine egne ord. Gerne noget konkret, du kan nå inden for en overskuelig tid. Spring over, hvis der ikke er noget nu.
    .short = Nyt delmål
goals-followup-authority = Har dine ønsker, håb og drømme ændret sig så meget, at vi skal tale med din sagsbehandler om målene?
    .note = Hvis der sker store forandringer i borgerens ønsker, håb og drømme, kan der tages kontakt til myndighed for at få vurderet, om målene i bestillingen skal justeres.

goals-followup-closing = Tak. Når vi afslutter, gemmes det, vi har talt om, ved hvert delmål.
    I historikken kan du se, hvordan det er gået med dine delmål over tid.
