## FIT: Sådan var samarbejdet i dag. Egen ordlyd ud fra SRS-domænerne; ikke den officielle SRS-tekst.
## Det er samarbejdet og metoderne, der scores – aldrig medarbejderen (-staff) som person.

fit-srs-title = FIT: Sådan var samarbejdet i dag
fit-srs-description = Fire skalaer om dagens samarbejde – til slutningen af et møde.

fit-srs-collaboration = Samarbejdet i dag
fit-srs-sharing = Hvem må se det?

fit-srs-intro = Til sidst vil vi gerne høre, hvordan samarbejdet har været i dag.
    Det handler om måden, vi arbejder sammen på – ikke om at bedømme din { -staff } som person.
    Dine svar hjælper os til at gøre det bedre for dig.
    .help = Der er ingen rigtige eller forkerte svar. Lave tal er lige så nyttige som høje. Du kan springe et spørgsmål over.
    .note = Tal om tallene; de er en start på en samtale, ikke en dom. Tag imod feedbacken uden at forsvare dig – lave tal er nyttig viden. Er den samlede score under 36, så spørg nysgerrigt: Hvad kunne gøre samarbejdet bedre for dig?
        Spørgsmålene er appens egen formulering ud fra SRS-domænerne. Den officielle SRS-tekst er ophavsretligt beskyttet (© Scott D. Miller & Barry Duncan) og bruges ikke her.

fit-srs-relationship = Følte du dig set, hørt og respekteret i vores samarbejde i dag?
    .help = Tænk på, om du fik sagt det, du ville, og om du blev taget alvorligt.
        0 er slet ikke, 10 er helt og fuldt.
    .min = Slet ikke
    .max = Helt og fuldt
fit-srs-goals = Talte vi om – og arbejdede vi med – det, der var vigtigt for dig i dag?
    .help = Tænk på, om vi brugte tiden på det, du gerne ville.
        0 er slet ikke, 10 er helt og fuldt.
    .min = Slet ikke
    .max = Helt og fuldt
fit-srs-approach = Passede den måde, vi arbejdede på i dag, til dig?
    .help = Det kan være måden, vi talte sammen på, eller en metode, vi brugte – for eksempel en plan, et skema eller en samtaleform.
        0 er slet ikke, 10 er helt og fuldt.
    .min = Slet ikke
    .max = Helt og fuldt
    .note = Her scores metoden og måden at arbejde på, ikke dig som { -staff }.
fit-srs-overall = Alt i alt: var dagens møde godt for dig?
    .help = Tænk på det hele: fik du noget ud af det?
        0 er slet ikke, 10 er helt og fuldt.
    .min = Slet ikke
    .max = Helt og fuldt
fit-srs-comment = Er der noget, du vil sige om dine tal i dag – eller noget, vi skal gøre anderledes næste gang?
    .help = Skriv med dine egne ord, eller spring over.

fit-srs-share = Må noget af det deles med dit team?
    .help = Som udgangspunkt er dine svar fortrolige. De deles kun med dit team, hvis du siger ja.
    .note = Del kun det, borgeren har sagt ja til. Fortæl borgeren, hvad der bliver gjort med feedbacken.
fit-srs-share-no = Nej, det bliver mellem os
fit-srs-share-yes = Ja, det må deles med mit team
fit-srs-share-some = Noget af det
fit-srs-share-what = Hvad må deles med dit team?
    .help = Skriv det, som teamet gerne må vide. Resten bliver mellem os.

fit-srs-total = I alt
fit-srs-result = I alt: { $total }/40

fit-srs-below-36 = I alt under 36. I FIT er det et tegn på, at samarbejdet er værd at tale om – ikke en dom. Hvad kunne gøre samarbejdet bedre for dig?
fit-srs-item-below-9 = Mindst ét spørgsmål fik under 9. Tal gerne om netop det: Hvad manglede, og hvad kunne vi gøre anderledes?
fit-srs-dropped = Den samlede score er faldet med 1 point eller mere siden sidst. Det er en god anledning til at tale om, hvad der har ændret sig i samarbejdet.
