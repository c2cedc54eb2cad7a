## Afslutningen. Kilden (Socialstyrelsen, Faglige pejlemærker, anbefaling 8.2, seed
## 000:L5216–5254) nævner, hvad en afsluttende samtale kan gennemgå, men giver ingen
## spørgsmål til borgeren: alle spørgsmål her er appens egen ordlyd. Stederne under
## advice-places er kildens liste. Noterne til intro og authority-cleared citerer kilden
## ordret; i citatet står holdets ord for medarbejderen, som i de andre samtaleguider.

ending-title = Afslutningen på samarbejdet
ending-description = Vi ser tilbage på forløbet og frem mod tiden efter, og vi markerer, at samarbejdet slutter.

ending-start = Før vi begynder
ending-looking-back = Forløbet
ending-ahead = Tiden efter
ending-advice = Hvis du får brug for råd
ending-goodbye = Afslutningen

ending-intro = Vores samarbejde er ved at slutte. I dag ser vi tilbage på det, vi har arbejdet med, og på det, du har nået.
    Vi taler også om, hvad du ønsker dig fremover, og hvor du kan få råd og støtte, når vi ikke ses mere.
    Du kan springe et spørgsmål over.
    .note = En borger har sagt: „Jeg oplevede, at der var en stille og rolig afslutning på samarbejdet med min { -staff }. På et tidspunkt var der bare ikke så meget mere at arbejde med. Jeg var blevet stærkere og kunne klare flere ting selv.“
        Lad borgeren fortælle først. Skriv svarene med borgerens egne ord.

ending-course = Hvad har vi arbejdet med i den tid, vi har kendt hinanden?
    .help = Tænk tilbage på, hvordan det var, da vi begyndte, og på det, vi har lavet sammen siden.
ending-development = Hvordan har du udviklet dig, siden vi begyndte?
    .help = Det kan være ting, du kan nu, som var svære før, eller noget, du ser anderledes på.
    .note = Har I brugt FIT eller WHO-5, kan I se resultaterne over tid sammen i borgerens historik. Tallene er et sted at starte en samtale – borgerens egen oplevelse vejer tungest.
ending-proud = Hvad er du mest stolt af?
ending-helped = Hvad har hjulpet dig mest i vores samarbejde?
ending-differently = Er der noget, du gerne ville have haft anderledes?
    .help = Det er godt at vide – også for { -staff(form: "definite") }, der skal hjælpe andre.
    .note = Tag imod det uden at forklare eller forsvare dig. Sig tak.

ending-wishes = Hvilke ønsker har du for fremtiden?
ending-goals = Hvilke mål vil du arbejde videre med på egen hånd?
    .help = Skriv dem med dine egne ord. Små mål tæller også.
ending-has-coping-plan = Har du en mestringsplan – en plan for det, der hjælper dig med at holde fast i det, du har nået?
    .note = Hvis ikke, så lav den gerne sammen, før samarbejdet slutter: samtaleguiden „Min mestringsplan“.
ending-has-crisis-plan = Har du en kriseplan, du kan bruge, hvis du får det meget svært?
    .note = Hvis ikke, eller hvis den er gammel, så lav eller opdatér den sammen: samtaleguiden „Min kriseplan“.
ending-network = Hvem kan du søge støtte hos, når vi ikke ses mere?
    .help = Skriv navn, hvem personen er for dig, og hvad personen kan hjælpe med. Det kan være familie, venner, naboer, en peer eller nogen fra et værested eller en forening.
    .note = Spørg, om personerne ved, at borgeren regner med dem, og hjælp gerne borgeren med at tage kontakt.
ending-network-name = Navn
ending-network-relation = Hvem personen er for mig
ending-network-task = Det kan personen hjælpe med

ending-advice-places = Hvor kan du få råd og støtte, når samarbejdet er slut?
    .help = Vælg dem, du vil kunne bruge. Du kan vælge flere.
    .note = Tilbuddene er forskellige fra kommune til kommune. Find adresser og telefonnumre sammen med borgeren.
ending-advice-places-open-advice = Uvisiteret rådgivning (servicelovens § 82b), som du selv kan opsøge
ending-advice-places-acute = Et socialt akuttilbud (servicelovens § 82c), som du selv kan opsøge
ending-advice-places-drop-in = Et lokalt værested
ending-advice-places-volunteer = En frivillig forening
ending-advice-places-user-org = En patient- eller brugerforening
ending-advice-places-other = Et andet sted
ending-advice-else = Hvilket andet sted?
ending-advice-details = Skriv navne, adresser og telefonnumre på de steder, du vil bruge.
ending-authority-cleared = Har vi fået afklaret med kommunen, at du kan få rådgivning, når forløbet er slut?
    .note = Kilden siger: „Det skal altid afklares med myndighed, inden borgeren tilbydes rådgivning efter endt forløb.“

ending-marking = Hvordan vil du gerne markere, at vores samarbejde slutter?
    .help = Det kan være en kop kaffe, en tur et sted hen, eller bare at vi siger ordentligt farvel.
ending-last-words = Er der noget, du gerne vil sige, før vi slutter?
ending-closing = Tak for samarbejdet. Det har været godt at lære dig at kende.
    Du har dine planer og en liste over, hvor du kan få råd og støtte. Pas godt på dig selv.
