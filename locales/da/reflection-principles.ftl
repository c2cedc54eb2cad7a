## Refleksion over principperne. Princippernes navne og begrundelser og alle spørgsmål er
## ordret fra Socialstyrelsens guides (004: medarbejdere, 002: sagsbehandlere) og fra
## Faglige pejlemærker, pejlemærke 1 (000). Ret dem ikke. Spørgsmål i to dele er delt i to trin;
## i p5-caseworker-2 er det forbindende „Og“ fra 002 udeladt, så spørgsmålet kan stå alene.

reflection-principles-title = Refleksion over principperne for recovery
reflection-principles-description = Refleksionsspørgsmål til hvert af de otte principper for recovery-orienteret rehabilitering – til medarbejdere, sagsbehandlere og undervisere.

reflection-principles-start = Før du begynder
reflection-principles-p1 = Princip 1: Håb, ønsker og drømme
reflection-principles-p2 = Princip 2: Ressourcer
reflection-principles-p3 = Princip 3: Netværk og fællesskaber
reflection-principles-p4 = Princip 4: Åbenhed, tillid og respekt
reflection-principles-p5 = Princip 5: Så tidligt som muligt
reflection-principles-p6 = Princip 6: Koordineret indsats
reflection-principles-p7 = Princip 7: Opfølgning
reflection-principles-p8 = Princip 8: Viden og metoder, der virker
reflection-principles-feedback = Efter feedback fra en borger

reflection-principles-intro = Her kan du reflektere over de otte principper for recovery-orienteret rehabilitering.
    Efter hvert princip er der et par spørgsmål, som kan hjælpe dig og dine kolleger i gang med at reflektere over jeres praksis.
    Til sidst er der, for medarbejdere i de sociale tilbud, spørgsmål til brug, når en borger har givet feedback på samarbejdet.
    Skriv så meget eller så lidt, du vil. Du kan springe spørgsmål over.
    .note = Til undervisere: Brug spørgsmålene som oplæg til faglige drøftelser på teammøder, uddannelsesdage eller i supervision. Svarene er refleksioner, ikke en bedømmelse af den enkelte.
reflection-principles-role = Hvilken rolle har du?
    .help = Spørgsmålene findes i to udgaver: én til medarbejdere i de sociale tilbud og én til sagsbehandlere på myndighedsområdet.
    .required = Vælg en rolle, så du får de spørgsmål, der passer til dit arbejde.
reflection-principles-role-staff = Medarbejder i et socialt tilbud (for eksempel socialpædagogisk støtte i eget hjem eller på et botilbud)
reflection-principles-role-caseworker = Sagsbehandler på myndighedsområdet

reflection-principles-p1-principle = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
    Det skaber motivation og meningsfuldhed for borgerne.
    Overvej jeres praksis:
reflection-principles-p1-staff-1 = Er borgernes håb, ønsker og drømme for fremtiden tydeligt retningsgivende for din faglige praksis, og hvordan kommer det konkret til udtryk i samarbejdet?
reflection-principles-p1-staff-2 = Fremgår borgernes håb, ønsker og drømme tydeligt i de indsatsplaner, du laver, og hvordan?
reflection-principles-p1-caseworker-1 = Er borgernes håb, ønsker og drømme for fremtiden tydeligt retningsgivende i din faglige praksis, og hvordan kommer det konkret til udtryk i sagsbehandlingen?
reflection-principles-p1-caseworker-2 = Fremgår borgernes håb, ønsker og drømme tydeligt i de handleplaner, du laver og hvordan?

reflection-principles-p2-principle = Princip 2: Fokusér på borgernes ressourcer
    Det styrker borgernes oplevelse af empowerment og kontrol.
    Overvej jeres praksis:
reflection-principles-p2-staff-1 = Er borgernes ressourcer tydelige i de indsatsplaner, du laver?
reflection-principles-p2-staff-2 = Hvordan taler du med borgerne om deres ressourcer?
reflection-principles-p2-staff-3 = Hvornår og hvordan får du bragt borgernes ressourcer i spil i samarbejdet?
reflection-principles-p2-caseworker-1 = Er borgernes ressourcer tydelige i de handleplaner, du laver?
reflection-principles-p2-caseworker-2 = Hvornår og hvordan får du bragt borgernes ressourcer i spil i samarbejdet?
reflection-principles-p2-caseworker-3 = Hvordan kan samarbejdspartnere eller netværket bidrage til at belyse borgernes ressourcer?

reflection-principles-p3-principle = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
    Det styrker borgernes mulighed for at føle sig forbundet til andre og bringer dem tættere på fællesskaber uden for den sociale indsats.
    Overvej jeres praksis:
reflection-principles-p3-staff-1 = Fremgår borgernes netværk tydeligt i de indsatsplaner, du laver?
reflection-principles-p3-staff-2 = Hvilke almene fællesskaber findes i lokalsamfundet, som du ville kunne henvise borgerne til?
reflection-principles-p3-staff-3 = Hvordan kan du styrke borgernes deltagelse i de almene fællesskaber, og hvordan kan du styrke inddragelsen af borgernes netværk?
reflection-principles-p3-caseworker-1 = Fremgår borgernes netværk tydeligt i de handleplaner, du laver?
reflection-principles-p3-caseworker-2 = Hvilke almene fællesskaber findes i lokalsamfundet, som du kan henvise borgerne til?
reflection-principles-p3-caseworker-3 = Hvordan kan du styrke samarbejdet med udfører omkring inddragelsen af borgernes netværk og deltagelse i fællesskaber?

reflection-principles-p4-principle = Princip 4: Mød borgerne med åbenhed, tillid og respekt
    Det styrker et godt samarbejde.
    Overvej jeres praksis:
reflection-principles-p4-staff-1 = I hvilke sager er det særligt lykkedes at opbygge en relation, som bygger på åbenhed, tillid og respekt?
reflection-principles-p4-staff-2 = Hvad var afgørende?
    .help = Tænk på de sager, du skrev om i det forrige spørgsmål.
reflection-principles-p4-staff-3 = Hvordan viser du borgerne, at du tror på, de kan lykkes?
reflection-principles-p4-staff-4 = Hvornår og hvor ofte laver du en forventningsafstemning med borgerne om jeres samarbejde?
reflection-principles-p4-caseworker-1 = I hvilke sager er det særligt lykkedes at opbygge en relation til borgerne, som bygger på åbenhed, tillid og respekt?
reflection-principles-p4-caseworker-2 = Hvad var afgørende?
    .help = Tænk på de sager, du skrev om i det forrige spørgsmål.
reflection-principles-p4-caseworker-3 = Hvordan viser du borgerne, at du tror på, de lykkes?
reflection-principles-p4-caseworker-4 = Hvornår og hvor ofte laver du en forventningsafstemning med borgerne om jeres samarbejde?

reflection-principles-p5-principle = Princip 5: Hjælp borgerne så tidligt som muligt
    Det øger muligheden for at indsatsen virker.
    Overvej jeres praksis:
reflection-principles-p5-staff-1 = Er du i dit samarbejde med borgerne opmærksom på eventuelle ændringer i deres situation og behov, som kan betyde, at indsatserne skal justeres?
reflection-principles-p5-staff-2 = Hvordan kan du få et tættere samarbejde med myndighed og andre relevante samarbejdspartnere, så du kan være med til at sikre, at borgerne altid får den rette hjælp?
reflection-principles-p5-caseworker-1 = Får du i dit samarbejde med borgerne, handlet så hurtigt du kan?
reflection-principles-p5-caseworker-2 = Har du en indledende samtale med borgerne tidligt i samarbejdet?
reflection-principles-p5-caseworker-3 = Er det i dine samtaler om sagerne tydeligt for borgerne, hvad de kan forvente af den videre proces og også hvor lang ventetid, de kan forvente?

reflection-principles-p6-principle = Princip 6: Arbejd koordineret med borgernes samlede livssituation
    Det gør indsatsen mere målrettet og meningsfuld for borgerne.
    Overvej jeres praksis:
reflection-principles-p6-staff-1 = Er det tydeligt for borgerne, som du samarbejder med, hvem der har ansvar for at koordinere deres sag?
reflection-principles-p6-staff-2 = Hvad kan du gøre for at styrke samarbejdet med aktører i kommunen omkring borgerne i og uden for kommunen?
reflection-principles-p6-caseworker-1 = Er det tydeligt for borgerne, som du samarbejder med, hvem der er primær koordinator i deres sag?
reflection-principles-p6-caseworker-2 = Hvad kan du gøre for at styrke samarbejdet med aktører i og uden for kommunen omkring borgerne?

reflection-principles-p7-principle = Princip 7: Følg op, så indsatsen altid er den rette
    Det sikrer den rette indsats, også når borgernes situation ændrer sig.
    Overvej jeres praksis:
reflection-principles-p7-staff-1 = Hvordan kan du inddrage borgerne og forberede dem godt på opfølgningen?
reflection-principles-p7-staff-2 = Hvordan kan dit samarbejde med sagsbehandleren omkring opfølgningen styrkes?
reflection-principles-p7-caseworker-1 = Hvordan har du arbejdet med at forberede borgerne på og inddrage dem i opfølgningen?
reflection-principles-p7-caseworker-2 = Hvordan kan dit samarbejde med udfører omkring opfølgningen styrkes?

reflection-principles-p8-principle = Princip 8: Brug viden og metoder, der virker
    Så borgerne hjælpes mest effektivt til at komme sig.
    Til dette princip har Socialstyrelsens guide ingen refleksionsspørgsmål, men en opfordring:
    Søg sparring og involver dig i faglige drøftelser med ledelsen og dine kolleger om, hvorvidt og hvordan metoderne bidrager til, at borgerne kan komme sig.

reflection-principles-feedback-intro = Eksempler på spørgsmål, der kan støtte { -staff(form: "genitive") } faglige refleksion
    Brug dem, når en borger har givet feedback på samarbejdet og indsatsen – for eksempel med FIT.
    .note = Fra pejlemærke 1, „Et recovery-orienteret samarbejde“. Feedback er en måde at udvikle samarbejdet og indsatsen på – ikke en evaluering af { -staff(form: "genitive") } faglighed og person.
reflection-principles-feedback-told = Hvad fortalte borgeren om samarbejdet og om indsatsen?
reflection-principles-feedback-worked = Hvad fungerede godt, og hvad fungerede mindre godt?
reflection-principles-feedback-attention = Hvilke særlige opmærksomhedspunkter er der fremover i samarbejdet og i indsatsen?
reflection-principles-feedback-changes = Giver borgerens feedback anledning til ændringer nu og her?
reflection-principles-feedback-adjust = Er det relevant at justere i mål, redskaber, øvelser eller andet?
reflection-principles-feedback-network = Er der personer i borgerens private eller professionelle netværk, der kan inddrages for at styrke virkningen af indsatsen?
