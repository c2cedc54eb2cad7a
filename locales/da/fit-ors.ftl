## FIT: Sådan har jeg det. Egen ordlyd ud fra ORS-domænerne; ikke den officielle ORS-tekst.

fit-ors-title = FIT: Sådan har jeg det
fit-ors-description = Fire skalaer om, hvordan du har det – til starten af et møde.

fit-ors-today = Sådan har jeg det

fit-ors-intro = Vi starter med fire spørgsmål om, hvordan du har haft det den sidste uge.
    Sæt et mærke på hver linje: jo længere til venstre, jo dårligere – jo længere til højre, jo bedre.
    Bagefter taler vi om tallene, hvis du har lyst.
    .help = Tænk på den sidste uge, til og med i dag. Der er ingen rigtige eller forkerte svar. Du kan springe et spørgsmål over eller nøjes med at snakke.
    .note = Tal om tallene; de er en start på en samtale, ikke en dom. Borgeren må gerne sige nej til at sætte tal på.
        Spørgsmålene er appens egen formulering ud fra ORS-domænerne. Den officielle ORS-tekst er ophavsretligt beskyttet (© Scott D. Miller & Barry Duncan) og bruges ikke her.

fit-ors-individual = Hvordan har du det med dig selv for tiden?
    .help = Tænk på dig selv: dit humør, din krop, din søvn og dine tanker.
        0 er meget dårligt, 10 er meget godt.
    .min = Meget dårligt
    .max = Meget godt
    .note = Borgerens eget velbefindende. Spørg gerne: „Hvad gør, at du sætter den lige dér?“
fit-ors-relations = Hvordan går det med dine nære relationer?
    .help = Tænk på de mennesker, der står dig nærmest – for eksempel familie, kæreste eller gode venner.
        0 er meget dårligt, 10 er meget godt.
    .min = Meget dårligt
    .max = Meget godt
fit-ors-social = Hvordan går det med dit liv uden for hjemmet?
    .help = Tænk på arbejde, skole, fritid, fællesskaber og de ting, du laver i løbet af ugen.
        0 er meget dårligt, 10 er meget godt.
    .min = Meget dårligt
    .max = Meget godt
    .note = Hvis arbejde og skole ikke er aktuelt, så spørg til fritid og aktiviteter i stedet.
fit-ors-overall = Hvordan går det alt i alt?
    .help = Tænk på det hele: dig selv, dine omgivelser, dit helbred og din hverdag.
        0 er meget dårligt, 10 er meget godt.
    .min = Meget dårligt
    .max = Meget godt
fit-ors-comment = Er der noget, du vil sige om dine tal i dag?
    .help = Skriv med dine egne ord, eller spring over.

fit-ors-sharing = Hvem må se det?
fit-ors-share = Må noget af det deles med dit team?
    .help = Som udgangspunkt er dine svar fortrolige. De deles kun med dit team, hvis du siger ja.
    .note = Del kun det, borgeren har sagt ja til. Svar, der ikke må deles, kommer ikke med i en eksport.
fit-ors-share-no = Nej, det bliver mellem os
fit-ors-share-yes = Ja, det må deles med mit team
fit-ors-share-some = Noget af det
fit-ors-share-what = Hvad må deles med dit team?
    .help = Skriv det, som teamet gerne må vide. Resten bliver mellem os.

fit-ors-total = I alt
fit-ors-result = I alt: { $total }/40

fit-ors-below-25 = I alt under 25. I FIT er 25 et fælles pejlemærke for voksne – et sted at starte en samtale, ikke en dom over dig. Tal gerne sammen om, hvad der fylder mest lige nu, og hvad der kunne hjælpe.
    .alone = Dine tal tyder på, at meget fylder lige nu. Tallet er ikke en dom over dig, men et sted at begynde en samtale. Tag det gerne med til dit næste møde med din { -staff }, og ring til et af numrene herunder, hvis det bliver for svært.
fit-ors-reliable-change = Der er sket en tydelig ændring siden sidst – hvad er der sket? I FIT regnes en ændring på 5 point eller mere i alt som mere end tilfældig; den er et sted at starte en samtale, ikke en dom.

# The result for a person alone (self mode, the kiosk): one calm paragraph.
fit-ors-alone = Tallene er en hjælp til at tale om, hvordan du har det, ikke en vurdering af dig. Tag dem gerne med til dit næste møde med din { -staff }.
