## Dilemmaer og barrierer (seed 004 til medarbejdere i de sociale tilbud, seed 002 til sagsbehandlere). Scenarier og forslag er guidens ordlyd; ret dem ikke.

dilemma-cards-title = Dilemmakort: Hvad gør du?
dilemma-cards-description = Et dilemma fra hverdagen ad gangen, valgt efter princip eller trukket tilfældigt: svar selv først, og se så guidens forslag – til undervisere, medarbejdere og sagsbehandlere.

dilemma-cards-start = Vælg et kort
dilemma-cards-intro = Her er dilemmaer og barrierer, som du kan møde, når du arbejder recovery-orienteret. Du får ét kort ad gangen: læs situationen, og skriv, hvad du gør. Først derefter viser kortet guidens forslag.
    .note = Lad den, der øver, svare med egne ord, før I ser forslagene. Forslagene er inspiration, ikke det eneste rigtige svar – tal om, hvor jeres svar ligner og adskiller sig.
dilemma-cards-deck = Hvilke kort vil du øve med?
    .required = Vælg, hvilke kort du vil øve med, så vi ved, hvor kortet skal komme fra.
dilemma-cards-deck-staff = Medarbejdere i de sociale tilbud (17 kort)
dilemma-cards-deck-caseworkers = Sagsbehandlere (21 kort)
dilemma-cards-deck-all = Alle kortene (38 kort)
dilemma-cards-how = Hvordan vil du vælge kortet?
    .required = Vælg, om du vil vælge efter princip eller trække et kort, så vi ved, hvilket kort du skal have.
dilemma-cards-how-by-principle = Efter princip
dilemma-cards-how-random = Træk et tilfældigt kort
dilemma-cards-principle = Hvilket princip vil du arbejde med?
dilemma-cards-principle-p1 = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
dilemma-cards-principle-p2 = Princip 2: Fokusér på borgernes ressourcer
dilemma-cards-principle-p3 = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-principle-p4 = Princip 4: Mød borgerne med åbenhed, tillid og respekt
dilemma-cards-principle-p5 = Princip 5: Hjælp borgerne så tidligt som muligt
dilemma-cards-principle-p6 = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-principle-p7 = Princip 7: Følg op, så indsatsen altid er den rette
dilemma-cards-card = Hvilket dilemma vil du tage?
dilemma-cards-drawn = Det kort, der blev trukket
    .help = Kortet er trukket tilfældigt. Vil du hellere have et andet, kan du vælge det her.

dilemma-cards-cards-p1-dream = Borgerens drøm virker svær at opnå, når du tager højde for borgerens ressourcer
dilemma-cards-cards-p1-risk = Borgerens ønsker kan indebære en risiko for borgerens trivsel og sundhed, fx ophør med behandling
dilemma-cards-cards-p1-wishes = Borgeren har ønsker, som ikke kan imødekommes, fx at samarbejde med en bestemt støtteperson, støtte uden for visiterede tidspunkter eller tilbud, der ikke falder inden for kommunens muligheder
dilemma-cards-cards-p2-energy = Borgeren har en svær periode og har ikke energi til at tage initiativ
dilemma-cards-cards-p2-resources = Borgeren oplever ikke selv at have ressourcer, når du spørger ind til og forsøger at finde frem til eksisterende ressourcer
dilemma-cards-cards-p3-communities = Borgeren oplever ikke at kunne være en del af de fællesskaber, borgeren ønsker at deltage i
dilemma-cards-cards-p3-money = Borgeren har ikke økonomi til at deltage i de aktiviteter, borgeren ønsker at deltage i
dilemma-cards-cards-p3-welcome = Du er i tvivl om, hvorvidt et lokalt fællesskab er klar til at tage godt imod borgeren
dilemma-cards-cards-p4-collaboration = Samarbejdet mellem dig og borgeren fungerer ikke
dilemma-cards-cards-p4-belief = Hvor meget skal du insistere på, at borgeren kan lykkes, hvis borgeren ikke selv tror på det
dilemma-cards-cards-p5-job = Borgeren oplever udfordringer, der gør det vanskeligt at fastholde sit job
dilemma-cards-cards-p5-early = Borgeren oplever, at der ikke sættes tidligt ind, fordi problemer tidligere i borgerens liv ikke blev adresseret
dilemma-cards-cards-p6-partners = Det er svært at samle de relevante samarbejdspartnere til møderne
dilemma-cards-cards-p6-meetings = Borgeren er utryg ved at deltage i koordinerende møder, hvor der er mange til stede
dilemma-cards-cards-p6-knowledge = Som udfører kan man savne viden om, hvilke indsatser der er iværksat for borgeren
dilemma-cards-cards-p7-progress-fear = Borgerens fremgang får borgeren til at frygte at miste sin støtte
dilemma-cards-cards-p7-progress-seen = Borgeren oplever ikke samme fremgang, som du observerer
dilemma-cards-cards-cw-p1-time = Hvordan finder du tid nok til at hjælpe borgeren med at finde frem til sine håb, ønsker og drømme? (sagsbehandler)
dilemma-cards-cards-cw-p1-acute = Hvad gør du, hvis borgeren står i en akut situation, og ikke har overskud til at finde frem til sine ønsker? (sagsbehandler)
dilemma-cards-cards-cw-p2-fear = Borgeren er nervøs for ikke at få tildelt støtte eller at miste sin støtte, hvis der er fokus på ressourcer (sagsbehandler)
dilemma-cards-cards-cw-p2-function = Borgerens funktionsniveau er så begrænset, at det er vanskeligt at fastholde fokus på ressourcer (sagsbehandler)
dilemma-cards-cards-cw-p2-limits = Borgeren har et stærkt fokus på sine begrænsninger, som gør det svært at se sine ressourcer (sagsbehandler)
dilemma-cards-cards-cw-p3-money = Borgeren har ikke økonomi til at deltage i de aktiviteter, borgeren ønsker at være en del af (sagsbehandler)
dilemma-cards-cards-cw-p3-energy = Borgeren har ikke den energi, der skal til for at være opsøgende på fællesskaber og aktiviteter (sagsbehandler)
dilemma-cards-cards-cw-p3-network = Borgeren har et netværk, der tidligere har påvirket borgerens recovery negativt (sagsbehandler)
dilemma-cards-cards-cw-p3-practice = Borgeren har brug for en tryg øve-bane, men føler sig stigmatiseret i fællesskaberne i de sociale tilbud (sagsbehandler)
dilemma-cards-cards-cw-p4-history = Borgerens dårlige erfaringer med tidligere sagsbehandlere gør samarbejdet svært (sagsbehandler)
dilemma-cards-cards-cw-p4-decision = Borgeren er ikke enig i en afgørelse, og oplever afgørelsen som et tillidsbrud (sagsbehandler)
dilemma-cards-cards-cw-p4-open-dialogue = Tilgangen Åben dialog kan lægge et stort ansvar på borgeren, som ikke alle ønsker eller kan påtage sig (sagsbehandler)
dilemma-cards-cards-cw-p5-enough = § 82-indsatsen vil muligvis kunne hjælpe borgeren et stykke vej, men du er usikker på, om det er tilstrækkeligt (sagsbehandler)
dilemma-cards-cards-cw-p5-time-limited = § 82-indsatsen fremstår oplagt, men borgeren frygter, at det betyder reduceret støtte, fordi den er tidsbegrænset (sagsbehandler)
dilemma-cards-cards-cw-p5-waiting = Sagsbehandleren har et stort sagspres, men ønsker samtidigt at undgå for lang ventetid (sagsbehandler)
dilemma-cards-cards-cw-p6-departments = Borgeren har brug for støtte fra flere forvaltninger, men oplever, at systemet er svært at finde rundt i (sagsbehandler)
dilemma-cards-cards-cw-p6-pressure = Borgeren føler sig presset af kommunens krav og forventninger, og af alt det der skal gøres eller deltages i (sagsbehandler)
dilemma-cards-cards-cw-p6-coordination-time = Det kan være svært at finde tid til at koordinere med andre afdelinger (sagsbehandler)
dilemma-cards-cards-cw-p7-follow-up = Det er væsentligt at følge op på, om indsatsen er den rette, men borgeren oplever, at kommunen følger op for at tilfredsstille systemet (sagsbehandler)
dilemma-cards-cards-cw-p7-progress-fear = Borgerens fremgang får borgeren til at frygte at miste sin støtte (sagsbehandler)
dilemma-cards-cards-cw-p7-developed = Borgeren har udviklet sig men ikke i forhold til de mål, der er opstillet (sagsbehandler)

dilemma-cards-p1-dream = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
dilemma-cards-p1-dream-answer = Borgerens drøm virker svær at opnå, når du tager højde for borgerens ressourcer
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p1-dream-suggestions = Guidens forslag:
    ✓ Tro på borgeren og på, at borgeren kan opnå sin drøm, selvom du også ser begrænsninger. Husk på, at det er tilladt for borgeren at fejle, og at borgeren gerne må tage chancer. Vær opmærksom på, at du ikke kommer til at holde borgeren tilbage fra at følge sine drømme i et forsøg på at skærme borgeren fra eventuelle nederlag.
    ✓ Tal med borgeren om, hvad borgeren mener, det vil kræve af støtte at opnå sin drøm. Snakken kan give et billede af, hvad der skal til dels fra borgeren selv, men også fra borgerens netværk og fra andre.
    ✓ Vær undersøgende på, hvilke muligheder der er for hjælp til borgeren, både fra kommunen, fra peers eller fra borgerens netværk. Det kan fx være hjælp til at tage kontakt til en uddannelsesinstitutionen for at høre, hvilke støttemuligheder der findes til borgeren, som ønsker at påbegynde en uddannelse.
    ✓ Tilbyd borgeren at facilitere en dialog med fagpersoner, fx en uddannelsesvejleder hvis borgeren ønsker at starte på en uddannelse, som kan uddybe, hvilke forventninger der er, og hvad der stilles af krav for at tage den pågældende uddannelse.

dilemma-cards-p1-risk = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
dilemma-cards-p1-risk-answer = Borgerens ønsker kan indebære en risiko for borgerens trivsel og sundhed, fx ophør med behandling
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p1-risk-suggestions = Guidens forslag:
    ✓ Tilbyd din faglige viden i en samtale med borgeren om fordele, ulemper og risici ved borgerens ønske, så borgeren kan tage et oplyst valg.
    ✓ Tilbyd borgeren en snak med centrale videnspersoner – fx en behandler, som kan tale med borgeren om muligheder og risici i forhold til ophør af behandling samt muligheder for at arbejde i retning af det, borgeren gerne vil.

dilemma-cards-p1-wishes = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
dilemma-cards-p1-wishes-answer = Borgeren har ønsker, som ikke kan imødekommes, fx at samarbejde med en bestemt støtteperson, støtte uden for visiterede tidspunkter eller tilbud, der ikke falder inden for kommunens muligheder
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p1-wishes-suggestions = Guidens forslag:
    ✓ Vær først og fremmest nysgerrig på, hvad der ligger til grund for borgerens ønske.
    ✓ Undersøg sammen med borgeren, om der findes løsninger, som kan imødekomme borgerens ønske. Hvis det handler om, at borgeren ikke oplever, at dialogen med den nuværende støtteperson er god, kan det være en mulighed at skifte til en anden.

dilemma-cards-p2-energy = Princip 2: Fokusér på borgernes ressourcer
dilemma-cards-p2-energy-answer = Borgeren har en svær periode og har ikke energi til at tage initiativ
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p2-energy-suggestions = Guidens forslag:
    ✓ Udforsk sammen med borgeren, i hvilke situationer borgeren har det godt med at tage initiativ, og hvornår borgeren har brug for, at du er mere opsøgende. Hav fokus på, hvordan der kan skabes flere af de situationer, hvor borgeren har det godt med at tage initiativ.
    ✓ Anerkend, at borgeren går igennem en svær periode, og giv plads til, at det i denne situation er okay ikke at tage initiativ.
    ✓ Tal med borgeren om, hvorvidt borgeren tager del i tilbud, som ikke opleves relevante og meningsfulde. Hjælp eventuelt borgeren med at prioritere mellem de indsatser og aktiviteter, der er sat i gang.

dilemma-cards-p2-resources = Princip 2: Fokusér på borgernes ressourcer
dilemma-cards-p2-resources-answer = Borgeren oplever ikke selv at have ressourcer, når du spørger ind til og forsøger at finde frem til eksisterende ressourcer
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p2-resources-suggestions = Guidens forslag:
    ✓ Hjælp borgeren med at fokusere på de små ressourcer, som små succeser i hverdagen eller gode relationer. Inddrag personer rundt om borgeren til at sætte ord på borgerens ressourcer – det kan være pårørende, venner eller bofæller.
    ✓ Tal med borgeren om, hvorvidt krav og forventninger overstiger borgerens overskud. Tal også om, hvad I kan gøre for, at krav og forventninger bedre passer til borgerens overskud.
    ✓ Tal med borgeren om, hvad der giver energi, og hvad der tager energi. Sammen kan I arbejde med at få mere af det ind, som giver energi.

dilemma-cards-p3-communities = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-p3-communities-answer = Borgeren oplever ikke at kunne være en del af de fællesskaber, borgeren ønsker at deltage i
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p3-communities-suggestions = Guidens forslag:
    ✓ Tal med borgeren om, hvilke fællesskaber borgeren ønsker at være en del af. Du kan også tale med borgeren om de værdier og den kultur et fællesskab skal have for, at borgeren har lyst til at være en del af det.
    ✓ Udforsk sammen med borgeren, hvad der står i vejen for borgerens deltagelse. Måske det ligger for langt væk, eller det kan være, at borgeren ikke føler sig velkommen.
    ✓ Undersøg sammen med borgeren, hvad borgeren har brug for af støtte for at kunne deltage.
    ✓ Undersøg muligheden for følgeskab, åbent hus-arrangementer eller andet, der kan gøre det nemmere at opsøge et nyt fællesskab.

dilemma-cards-p3-money = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-p3-money-answer = Borgeren har ikke økonomi til at deltage i de aktiviteter, borgeren ønsker at deltage i
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p3-money-suggestions = Guidens forslag:
    ✓ Afsøg alternative aktiviteter, der imødekommer borgerens ønske, men som er billigere eller gratis.
    ✓ Afsøg muligheder for at kunne hjælpe borgeren eller for at søge om støtte til at dække udgifterne ved borgerens deltagelse, både i forhold til kontingent og eventuelt udstyr.

dilemma-cards-p3-welcome = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-p3-welcome-answer = Du er i tvivl om, hvorvidt et lokalt fællesskab er klar til at tage godt imod borgeren
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p3-welcome-suggestions = Guidens forslag:
    ✓ Opsøg tilbuddet og spørg, om de har en plan for, hvordan de tager imod nye medlemmer. Det kan fx være et eksisterende medlem, som kan stå klar til at tage godt imod borgeren de første par gange, og som kan hjælpe borgeren godt i gang.
    ✓ Tal med borgeren og tilbuddet om, hvordan borgeren får den bedste oplevelse i foreningen eller fællesskabet. Hav fokus på, hvad borgeren selv kan gøre, og hvor borgeren har brug for hjælp fra andre. Du kan fx støtte borgeren ved, at du, en frivillig eller en peermedarbejder ledsager borgeren de første par gange, eller ved at I kommer forbi og hilser på i starten.
    ✓ Aftal et møde mellem borgeren og en kontaktperson fra foreningen, hvor de mødes og taler om borgerens ønsker, og hvad foreningen kan tilbyde. Husk altid at have borgeren med i dialogen med foreningen, og aftal med borgeren hvad I skal fortælle om borgeren.

dilemma-cards-p4-collaboration = Princip 4: Mød borgerne med åbenhed, tillid og respekt
dilemma-cards-p4-collaboration-answer = Samarbejdet mellem dig og borgeren fungerer ikke
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p4-collaboration-suggestions = Guidens forslag:
    ✓ Tal med borgeren om, hvordan jeres samarbejde opleves, og hvad borgeren kunne ønske sig i forhold til relationen fremadrettet. Borgeren kan have svært ved at give negativ feedback. Vær derfor opmærksom på, hvordan du kan skabe en samtale, hvor det er trygt at give feedback uanset, om den er positiv eller negativ.
    ✓ Overvej, hvorfor samarbejdet ikke er godt. Tal fx med en kollega om relationen og samarbejdet og bed eventuelt om gode råd til, hvordan du kan forsøge at forbedre relationen.
    ✓ Tilbyd borgeren at deltage i supervision sammen med dig med henblik på at finde en fælles forståelse og få skabt et stærkere fundament for samarbejdet.
    ✓ Afsøg mulighederne for, at en anden medarbejder overtager samarbejdet, hvis relationen ikke kan forbedres, eller hvis borgeren eller du selv, ønsker det.
    ✓ Giv fra starten borgeren indflydelse på, hvilke medarbejdere borgeren ønsker at samarbejde med.

dilemma-cards-p4-belief = Princip 4: Mød borgerne med åbenhed, tillid og respekt
dilemma-cards-p4-belief-answer = Hvor meget skal du insistere på, at borgeren kan lykkes, hvis borgeren ikke selv tror på det
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p4-belief-suggestions = Guidens forslag:
    ✓ Anerkend, at borgeren mangler tillid til og tro på sig selv. Fasthold dog samtidig din tro på borgeren, og inddrag eventuelt peers i samarbejdet, som med deres egne erfaringer kan vise borgeren, at man kan komme sig.
    ✓ Tal om, hvad der skal til for, at borgeren får mere tro på sig selv. Det kan være, borgeren har behov for at blive forsikret om, at du eller en fra borgerens netværk står klar med støtte, når der skal tages det næste skridt mod et mere selvstændigt liv.
    ✓ Fokuser på de fremskridt, som borgeren allerede har gjort. Det kan give borgeren en tro på, at det er muligt at klare sig med mindre eller uden støtte.

dilemma-cards-p5-job = Princip 5: Hjælp borgerne så tidligt som muligt
dilemma-cards-p5-job-answer = Borgeren oplever udfordringer, der gør det vanskeligt at fastholde sit job
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p5-job-suggestions = Guidens forslag:
    ✓ Bistå borgeren i dialogen med borgerens arbejdsplads omkring borgerens udfordringer. Dialogen kan være med til at skabe en gensidig forståelse mellem borger og arbejdsplads, som kan bidrage til, at der kan findes løsninger, som begge parter er tilfredse med.
    ✓ Undersøg sammen med borgeren, om der er mulighed for at lave konkrete aftaler med arbejdspladsen, som kan være med til at imødekomme borgerens udfordringer. Det kan også være, at der er behov for at inddrage jobcenteret, som kan tilbyde deres hjælp.

dilemma-cards-p5-early = Princip 5: Hjælp borgerne så tidligt som muligt
dilemma-cards-p5-early-answer = Borgeren oplever, at der ikke sættes tidligt ind, fordi problemer tidligere i borgerens liv ikke blev adresseret
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p5-early-suggestions = Guidens forslag:
    ✓ Anerkend borgerens oplevelse af, at der ikke blev sat tidligt ind. Det er vigtigt, at borgeren bliver hørt og mødt i situationen.
    ✓ Vær opmærksom på, at borgerens oplevelse af ikke at få den nødvendige støtte tidligere i sit liv, kan betyde, at borgeren nærer mistillid til dig som repræsentant for kommunen. Her har du en vigtig opgave i at gøre en særlig indsats for at genskabe borgerens tillid.

dilemma-cards-p6-partners = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-p6-partners-answer = Det er svært at samle de relevante samarbejdspartnere til møderne
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p6-partners-suggestions = Guidens forslag:
    ✓ Arbejd for, at møderne bliver planlagt i god tid, eller at de alternativt holdes virtuelt.
    ✓ Kontakt samarbejdspartnere inden et møde, så I kan få deres input, hvis de ikke har mulighed for at deltage.

dilemma-cards-p6-meetings = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-p6-meetings-answer = Borgeren er utryg ved at deltage i koordinerende møder, hvor der er mange til stede
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p6-meetings-suggestions = Guidens forslag:
    ✓ Tal om, hvad der kan hjælpe borgeren med at føle sig mere tryg i mødet. Det kan måske hjælpe, hvis borgeren får en person fra sit netværk med eller at I mødes på neutral grund, fx på biblioteket eller i det lokale frivillighedscenter.
    ✓ Tal med borgeren forud for mødet om, hvad mødet handler om, og hvordan du kan hjælpe borgeren med at få sagt de ting, som borgeren gerne vil have frem. Du kan også opfordre mødelederen til at have et særligt fokus på at skabe tryghed for borgeren i forhold til at udtrykke ønsker og erfaringer.
    ✓ Hold eventuelt flere møder med færre til stede, da det kan gøre det lettere for borgeren at tage ordet på møderne.

dilemma-cards-p6-knowledge = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-p6-knowledge-answer = Som udfører kan man savne viden om, hvilke indsatser der er iværksat for borgeren
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p6-knowledge-suggestions = Guidens forslag:
    ✓ Spørg borgeren til, hvilke indsatser der er i gang, og tal om, hvordan der bedst koordineres og skabes sammenhæng.
    ✓ Kontakt sagsbehandleren på myndighedsområdet for at afklare, hvem der skal varetage koordineringen, hvis der er mange samtidige indsatser.

dilemma-cards-p7-progress-fear = Princip 7: Følg op, så indsatsen altid er den rette
dilemma-cards-p7-progress-fear-answer = Borgerens fremgang får borgeren til at frygte at miste sin støtte
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p7-progress-fear-suggestions = Guidens forslag:
    ✓ Tal med borgeren om, at fremgang er positivt, men at det er naturligt samtidig at blive bekymret for, om man også må have det godt, mens man får hjælp. Du kan også minde borgeren om, at du netop har fokus på borgerens ressourcer i jeres samarbejde, fordi det er vigtigt at bygge på det, der går godt, men at du også er opmærksom på udfordringerne.
    ✓ Snak åbent med borgeren om, hvordan du vurderer borgerens fremgang, så borgeren ved, hvad du tænker om det, du ser. Tal også om, at borgerens udvikling kan betyde, at støtten skal tænkes anderledes, men ikke nødvendigvis reduceres, før borgeren er klar til det.
    ✓ Opfordr borgeren til at tale med peers eller andre, hvor borgeren kan være anonym. Det kan være hjælpsomt at høre andres erfaringer med, at støtten reduceres eller bortfalder, i takt med at man får det bedre. Tal også med borgeren om, hvordan en eventuel justering til mindre støtte bedst kan ske, så det opleves trygt. Du kan fx fortælle borgeren om, hvilke muligheder der er for at søge støtte igen eller for at blive tilknyttet åbne tilbud, hvis der er brug for det.

dilemma-cards-p7-progress-seen = Princip 7: Følg op, så indsatsen altid er den rette
dilemma-cards-p7-progress-seen-answer = Borgeren oplever ikke samme fremgang, som du observerer
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p7-progress-seen-suggestions = Guidens forslag:
    ✓ Sørg for, at indsamlingen af informationer om borgerens fremgang er beskrevet systematisk, så du kan vise et 'før' og 'efter' billede.
    ✓ Vær nysgerrig på, hvori dine og borgerens oplevelser er forskellige, hvis det er tilfældet.

dilemma-cards-cw-p1-time = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
dilemma-cards-cw-p1-time-answer = Hvordan finder du tid nok til at hjælpe borgeren med at finde frem til sine håb, ønsker og drømme?
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p1-time-suggestions = Guidens forslag:
    ✓ Tal med dine kolleger og din leder om, hvordan der kan skabes tid og rum til at tale med borgeren om håb, ønsker og drømme. Særligt når det kræver, at det strækker sig over flere samtaler, for at det kan lykkes.
    ✓ Tilbyd borgeren at invitere en med fra borgerens netværk. Netværket kan spille en vigtig rolle i at støtte borgeren i at finde frem til, hvilket liv borgeren ønsker at leve. Både på møderne og mellem møderne.
    ✓ Sørg for, at borgeren har haft mulighed for at overveje sine håb, ønsker og drømme, inden I mødes. Du kan for eksempel sende guiden „Til dig, der søger støtte i socialpsykiatrien“ (kan findes her: https://socialstyrelsen.dk/recovery-orienteret-rehabilitering) eller henvise borgeren til borgerpjecen fra VUM 2.0.
    ✓ Afhold flere møder med borgeren, hvis borgeren oplever det som meget svært. På den måde får borgeren tid til at overveje sine håb, ønsker og drømme for fremtiden mellem møderne og eventuelt sammen med familie og venner.
    ✓ Tag en kollega med som kan notere i sagen, så du kan have fokus på dialogen med borgeren og være nærværende under mødet.
    ✓ Foreslå borgeren at tale med familie og venner om håb, ønsker og drømme forud for og mellem jeres møder. Det kan hjælpe borgeren til at blive mere afklaret om, hvad der er vigtigt i borgerens liv.

dilemma-cards-cw-p1-acute = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
dilemma-cards-cw-p1-acute-answer = Hvad gør du, hvis borgeren står i en akut situation, og ikke har overskud til at finde frem til sine ønsker?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p1-acute-suggestions = Guidens forslag:
    ✓ Anerkend, at borgeren er i en presset situation, og at samtalen om håb, ønsker og drømme må vente. Det er vigtigt for borgeren at blive hørt og mødt i situationen.
    ✓ Undersøg, om der er akutte problemer, som du selv eller andre kan hjælpe med at løse. Tag gerne kontakt til eventuelle samarbejdspartnere, som kan involveres i at tilbyde borgeren den nødvendige hjælp.
    ✓ Tal med borgeren om, at I vender tilbage til at tale om håb, ønsker og drømme, når den akutte situation er afhjulpet, og tal med borgeren om, hvad der er vigtigst lige nu.

dilemma-cards-cw-p2-fear = Princip 2: Fokusér på borgernes ressourcer
dilemma-cards-cw-p2-fear-answer = Borgeren er nervøs for ikke at få tildelt støtte eller at miste sin støtte, hvis der er fokus på ressourcer
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p2-fear-suggestions = Guidens forslag:
    ✓ Fremhæv, at ressourcer ikke udelukker støtte, og at der er brug for, at samarbejdet netop bygger på det, som fungerer i hverdagen.
    ✓ Tydeliggør for borgeren, at det både er borgerens ressourcer og udfordringer, der belyses i udredningen, så der gives et balanceret billede af borgerens funktionsevne. Sørg for, at borgeren læser og bekræfter beskrivelsen af egne ressourcer i handleplanen.
    ✓ Vær tydelig om, at du værdsætter borgerens ekspertise i egne psykiske vanskeligheder, oplevelser og forståelser, og at du derfor tillægger borgerens vurdering af egne ressourcer stor vægt.

dilemma-cards-cw-p2-function = Princip 2: Fokusér på borgernes ressourcer
dilemma-cards-cw-p2-function-answer = Borgerens funktionsniveau er så begrænset, at det er vanskeligt at fastholde fokus på ressourcer
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p2-function-suggestions = Guidens forslag:
    ✓ Kom tættere på borgerens konkrete situation og få belyst de ressourcer, som borgeren har på trods af begrænsninger i funktionsevnen. Gennem dialog med borgeren selv, pårørende og udfører kan du få et mere nuanceret billede af borgerens ressourcer.
    ✓ Spørg på flere forskellige måder; til borgerens erfaringer, gode oplevelser og vigtige personer i borgerens liv og hold fast i at skelne mellem borgeren og borgerens problem.

dilemma-cards-cw-p2-limits = Princip 2: Fokusér på borgernes ressourcer
dilemma-cards-cw-p2-limits-answer = Borgeren har et stærkt fokus på sine begrænsninger, som gør det svært at se sine ressourcer
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p2-limits-suggestions = Guidens forslag:
    ✓ Gør borgeren opmærksom på, at ressourcer både kan handle om, hvad borgeren er god til, motivation, erfaringer og mennesker i borgerens netværk mv.
    ✓ Vær opmærksom på, at du har en vigtig opgave i at se borgerens ressourcer, når borgeren ikke selv kan.
    ✓ Giv borgeren tid til at få øje på sine ressourcer ved at afholde flere møder, hvis der er behov for en tænkepause.
    ✓ Opfordr borgeren til at spørge sit netværk, hvilke ressourcer de ser, borgeren har.
    ✓ Samarbejd med de pårørende om at finde frem til borgerens ressourcer, hvis borgeren ønsker det, eller hvis borgeren er kognitivt udfordret, så borgeren ikke selv er i stand til at se egne ressourcer.

dilemma-cards-cw-p3-money = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-cw-p3-money-answer = Borgeren har ikke økonomi til at deltage i de aktiviteter, borgeren ønsker at være en del af
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p3-money-suggestions = Guidens forslag:
    ✓ Afsøg mulighederne for at kunne hjælpe borgeren eller for at søge om støtte til at dække udgifterne.
    ✓ Afsøg alternative aktiviteter der imødekommer borgerens ønsker, men som er billigere eller gratis.
    ✓ Hjælp borgeren med at finde løsninger på eventuelle transportudfordringer, fx ved at anvende nogle i borgerens netværk, en mentor eller en peer.

dilemma-cards-cw-p3-energy = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-cw-p3-energy-answer = Borgeren har ikke den energi, der skal til for at være opsøgende på fællesskaber og aktiviteter
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p3-energy-suggestions = Guidens forslag:
    ✓ Hjælp borgeren med at opsøge fællesskaber og aktiviteter ved for eksempel at skaffe informationer om adresse, åbningstider og kontaktperson. Tal også med borgeren om, hvad borgeren kan forvente, og hvordan man kan håndtere den første kontakt og den første tid. Du kan også spørge, om foreningerne har nogle fotos eller beskrivelser af de frivillige og de andre, der kommer der, som borgeren kan bruge til at få en fornemmelse af, om han eller hun vil passe ind.
    ✓ Sæt borgeren i kontakt med det lokale frivilligcenter. Det kan være et godt sted at starte, da medarbejderne ofte er klar til at hjælpe borgeren videre.
    ✓ Undersøg om en peermedarbejder, en frivillig eller en mentor kan ledsage borgeren de første par gange. Det kan gøre det nemmere for borgeren at komme afsted og mere trygt for borgeren at komme i gang.

dilemma-cards-cw-p3-network = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-cw-p3-network-answer = Borgeren har et netværk, der tidligere har påvirket borgerens recovery negativt
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p3-network-suggestions = Guidens forslag:
    ✓ Udforsk sammen med borgeren om enkelte personer i netværket kan spille en afgrænset rolle i udvalgte situationer, og derfor alligevel kan være en støtte for borgeren.
    ✓ Indgå i en tæt dialog med netværket om, hvad der er værdifulde, og hvad der er uhensigtsmæssige bidrag i borgerens recovery-proces.

dilemma-cards-cw-p3-practice = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-cw-p3-practice-answer = Borgeren har brug for en tryg øve-bane, men føler sig stigmatiseret i fællesskaberne i de sociale tilbud
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p3-practice-suggestions = Guidens forslag:
    ✓ Tydeliggør over for borgeren, at fællesskaberne i de sociale tilbud er en mulig øve-bane for de almene fællesskaber, som borgeren ønsker at være en del af. Fællesskaberne i de sociale tilbud kan være mindre forpligtende og mere rummelige. Derudover er det ofte værdifuldt at mødes med andre, der har prøvet noget af det samme, som man selv står i, og høre om deres erfaringer.
    ✓ Hav en indledende dialog med de kommunale fællesskaber i forhold til, hvordan borgeren bedst hjælpes ind og fastholdes i fællesskabet.

dilemma-cards-cw-p4-history = Princip 4: Mød borgerne med åbenhed, tillid og respekt
dilemma-cards-cw-p4-history-answer = Borgerens dårlige erfaringer med tidligere sagsbehandlere gør samarbejdet svært
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p4-history-suggestions = Guidens forslag:
    ✓ Giv borgeren mulighed for at fortælle om sine erfaringer, og del gerne egne erfaringer som sagsbehandler. Som sagsbehandler kan du give udtryk for, at det kan være svært at få talt nok med borgeren, hvilket kan medføre misforståelser eller, at du måske ikke altid får fortalt tydeligt, hvorfor noget ikke kan lade sig gøre.
    ✓ Vær nysgerrig på, hvordan borgeren mener, at I kan opnå den bedst mulige relation.
    ✓ Mind borgeren om, at der er tale om en ny relation, som du vil forsøge at gøre dit bedste for, bliver god. Konkretiser eventuelt, hvordan du vil arbejde for en god relation. Spørg ind til, hvad borgeren lægger vægt på i forhold til et godt samarbejde og hvilke forventninger, du selv har.

dilemma-cards-cw-p4-decision = Princip 4: Mød borgerne med åbenhed, tillid og respekt
dilemma-cards-cw-p4-decision-answer = Borgeren er ikke enig i en afgørelse, og oplever afgørelsen som et tillidsbrud
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p4-decision-suggestions = Guidens forslag:
    ✓ Forbered altid borgeren på, at der kan være forskellige udfald og gør borgeren tryg i, at I sammen finder en vej uanset afgørelsens udfald.
    ✓ Giv dig tid til grundigt at formidle baggrunden for afgørelsen og til at lytte til borgerens frustration.
    ✓ Drøft, hvordan I konkret kan arbejde videre med at forfølge borgerens håb, ønsker og drømme.

dilemma-cards-cw-p4-open-dialogue = Princip 4: Mød borgerne med åbenhed, tillid og respekt
dilemma-cards-cw-p4-open-dialogue-answer = Tilgangen Åben dialog kan lægge et stort ansvar på borgeren, som ikke alle ønsker eller kan påtage sig
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p4-open-dialogue-suggestions = Guidens forslag:
    ✓ Spørg om, hvilken rolle borgeren ønsker at spille på møder, og hvem borgeren ønsker at have med.
    ✓ Forbered borgeren på Åben Dialog-formatet og tilbyd din støtte der, hvor borgeren har brug for den.
    ✓ Vær bevidst om, at Åben Dialog ikke er for alle borgere.

dilemma-cards-cw-p5-enough = Princip 5: Hjælp borgerne så tidligt som muligt
dilemma-cards-cw-p5-enough-answer = § 82-indsatsen vil muligvis kunne hjælpe borgeren et stykke vej, men du er usikker på, om det er tilstrækkeligt
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p5-enough-suggestions = Guidens forslag:
    ✓ Overvej og tal med borgeren om, hvorvidt tilbud i civilsamfundet kan supplere § 82-indsatsen, såfremt borgerne ikke er omfattet af personkredsen for visiterede ydelser under serviceloven.
    ✓ Tal med borgeren om, hvorvidt der er nogen i borgerens netværk, der kan hjælpe borgeren. Støt borgeren i at række ud til de pågældende personer.
    ✓ Følg hurtigt op, så du kan iværksætte yderligere støtte, hvis der viser sig behov herfor.

dilemma-cards-cw-p5-time-limited = Princip 5: Hjælp borgerne så tidligt som muligt
dilemma-cards-cw-p5-time-limited-answer = § 82-indsatsen fremstår oplagt, men borgeren frygter, at det betyder reduceret støtte, fordi den er tidsbegrænset
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p5-time-limited-suggestions = Guidens forslag:
    ✓ Tal med borgeren om, hvilke fordele der er ved indsatser efter § 82, herunder at hjælpen kan igangsættes hurtigt og fleksibelt, og at den eventuelt kan indeholde gruppebaserede forløb.
    ✓ Tydeliggør for borgeren, at indsatser efter § 82 ikke udelukker mulighed for anden støtte.

dilemma-cards-cw-p5-waiting = Princip 5: Hjælp borgerne så tidligt som muligt
dilemma-cards-cw-p5-waiting-answer = Sagsbehandleren har et stort sagspres, men ønsker samtidigt at undgå for lang ventetid
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p5-waiting-suggestions = Guidens forslag:
    ✓ Overvej om der er mulighed for, at borgeren får en peer-støtte i ventetiden.
    ✓ I den udstrækning ventetid ikke kan undgås, kommuniker da tydeligt til borgeren, hvad planen er, og hvornår borgeren kan forvente, at der sker mere.

dilemma-cards-cw-p6-departments = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-cw-p6-departments-answer = Borgeren har brug for støtte fra flere forvaltninger, men oplever, at systemet er svært at finde rundt i
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p6-departments-suggestions = Guidens forslag:
    ✓ Tilbyd at hjælpe borgeren med at koordinere mellem de forskellige sektorer, forvaltninger og afdelinger. Hvis borgeren ønsker det, kan du tage kontakt til borgerens kontaktperson i den afdeling, du har behov for at koordinere med.
    ✓ Tilbyd både mundtlig og skriftlig information om, hvilke muligheder der er, og forklar, hvad borgeren selv kan gøre. Det kan være information om, hvor borgeren skal henvende sig, hvad borgeren kan få hjælp til, information om konkrete kontaktpersoner, åbningstider osv.

dilemma-cards-cw-p6-pressure = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-cw-p6-pressure-answer = Borgeren føler sig presset af kommunens krav og forventninger, og af alt det der skal gøres eller deltages i
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p6-pressure-suggestions = Guidens forslag:
    ✓ Tal om, hvorvidt borgeren modtager indsatser, som ikke opleves relevante og meningsfulde.
    ✓ Tal med borgeren om, hvad der er vigtigst, hvis der er behov for at prioritere mellem de indsatser og aktiviteter, der er sat i gang.

dilemma-cards-cw-p6-coordination-time = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-cw-p6-coordination-time-answer = Det kan være svært at finde tid til at koordinere med andre afdelinger
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p6-coordination-time-suggestions = Guidens forslag:
    ✓ Afsøg løsninger i dialog med din leder. I kan eksempelvis undersøge mulighederne for at skabe smidighed og fleksibilitet i kontakten til fx sagsbehandlere i jobcenteret eller til behandlingspsykiatrien.
    ✓ Vær tålmodig. Det kræver tid at lære hinanden at kende på tværs af afdelinger og at blive tilstrækkeligt tydelig omkring, hvordan og hvad der er behov for at samarbejde om.

dilemma-cards-cw-p7-follow-up = Princip 7: Følg op, så indsatsen altid er den rette
dilemma-cards-cw-p7-follow-up-answer = Det er væsentligt at følge op på, om indsatsen er den rette, men borgeren oplever, at kommunen følger op for at tilfredsstille systemet
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p7-follow-up-suggestions = Guidens forslag:
    ✓ Tydeliggør, at formålet med opfølgningen er at sikre, at borgeren får den rette støtte ud fra de aktuelle behov, som borgeren har.
    ✓ Inddrag borgeren aktivt i opfølgningen ved at lade borgeren vurdere både indsatsen og målopfyldelsen, herunder hvad der har fungeret godt og mindre godt. Sæt borgerens handleplan i centrum for dialogen og lyt til, hvordan borgeren oplever sin egen situation og udvikling.
    ✓ Brug redskaber til at følge op på borgerens udvikling, for eksempel FIT og Brief Inspire O. Redskaberne tilbyder en systematik, som kan skabe bedre kvalitet i de oplysninger fra borgeren, som du lægger til grund for din vurdering af borgerens udvikling.

dilemma-cards-cw-p7-progress-fear = Princip 7: Følg op, så indsatsen altid er den rette
dilemma-cards-cw-p7-progress-fear-answer = Borgerens fremgang får borgeren til at frygte at miste sin støtte
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p7-progress-fear-suggestions = Guidens forslag:
    ✓ Tal med borgeren om, at fremgang er positivt, men at det er naturligt samtidig at blive bekymret for, om man også må have det godt, mens man får hjælp. Du kan også minde borgeren om, at du netop har fokus på borgerens ressourcer i jeres samarbejde, fordi det er vigtigt at bygge på det, der går godt, men at du også er opmærksom på udfordringerne.
    ✓ Snak åbent med borgeren om, hvordan du vurderer borgerens fremgang, så borgeren ved, hvad du tænker om det, du ser. Tal også om, at borgerens udvikling kan betyde, at støtten skal tænkes anderledes, men ikke nødvendigvis reduceres, før borgeren er klar til det.
    ✓ Opfordr borgeren til at tale med peers eller andre, hvor borgeren kan være anonym. Det kan være hjælpsomt at høre andres erfaringer med, at støtten reduceres eller bortfalder, i takt med at man får det bedre. Tal også med borgeren om, hvordan en eventuel justering til mindre støtte bedst kan ske, så det opleves trygt. Du kan fx fortælle borgeren om, hvilke muligheder der er for at søge støtte igen eller blive tilknyttet åbne tilbud, hvis der er brug for det.

dilemma-cards-cw-p7-developed = Princip 7: Følg op, så indsatsen altid er den rette
dilemma-cards-cw-p7-developed-answer = Borgeren har udviklet sig men ikke i forhold til de mål, der er opstillet
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-cw-p7-developed-suggestions = Guidens forslag:
    ✓ Anerkend borgerens udvikling og tag udgangspunkt i borgerens aktuelle situation, og den udvikling, der har været, når handleplanen skal justeres.
    ✓ Synliggør, hvor borgeren er lykkedes og tal med borgeren om, hvad denne udvikling kan bruges til i forhold til at bringe borgeren tættere på sine håb, ønsker og drømme for fremtiden.

dilemma-cards-after = Bagefter
dilemma-cards-takeaway = Hvad tager du med dig fra kortet?
    .help = Fx noget, du vil prøve, eller noget, du vil tale med dine kolleger om.
