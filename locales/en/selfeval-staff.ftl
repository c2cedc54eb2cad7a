## Bilag 1, a tool for evaluating practice (seed 000), in the project's own English.

selfeval-staff-title = How our support works (staff and leaders)
selfeval-staff-description = 23 statements about your practice, each from 1 to 5 or “Not relevant”, to compare your answers and talk about the differences.

selfeval-staff-start = Before you start
selfeval-staff-intro = Answer the questions each on your own and compare your answers. Use the differences between your answers to notice different experiences of and perspectives on your practice. Talk about what lies behind your answers, and which answers may give reason to do something differently.
    .help = Choose a number from 1 (not at all) to 5 (to a very high degree) for each statement. “Not relevant” is not counted in the mean. You can also skip a statement, but then no mean is worked out for that area.
    .note = Each support worker and leader fills in a form of their own. Citizens can fill in the citizen's form, so that you can compare your answers with theirs.

selfeval-staff-rating-r1 = Not at all
selfeval-staff-rating-r2 = To a small degree
selfeval-staff-rating-r3 = To some degree
selfeval-staff-rating-r4 = To a high degree
selfeval-staff-rating-r5 = To a very high degree
selfeval-staff-rating-not-relevant = Not relevant

selfeval-staff-p1 = A recovery-oriented collaboration
selfeval-staff-p1-1 = We plan the support around the citizen's wishes, hopes and dreams, starting from the goals set by the authority
selfeval-staff-p1-2 = We see the citizen as an expert by experience, who holds relevant and useful knowledge about what works in the support
selfeval-staff-p1-3 = We keep up a dialogue with the citizen about how we best work together
selfeval-staff-p1-mean = A recovery-oriented collaboration (mean 1–5)

selfeval-staff-p2 = A shared professional direction
selfeval-staff-p2-1 = We use shared methods and tools in our support that support the citizen's recovery
selfeval-staff-p2-2 = We make regular use of sparring and supervision
selfeval-staff-p2-mean = A shared professional direction (mean 1–5)

selfeval-staff-p3 = Wellbeing, coping and handling acute mental health crises
selfeval-staff-p3-1 = We talk with the citizen about what creates wellbeing in everyday life
selfeval-staff-p3-2 = We support the citizen in learning to cope with demands, challenges and difficult feelings in a way that is also useful to the citizen in the longer run
selfeval-staff-p3-3 = If the citizen has had an acute mental health crisis, we support the citizen in learning from it, so as to prevent any new crises
selfeval-staff-p3-mean = Wellbeing, coping and handling acute mental health crises (mean 1–5)

selfeval-staff-p4 = A healthy life for the citizen
selfeval-staff-p4-1 = We support the citizen in working on their health if they want to, for example by keeping up their motivation for change or by supporting them in taking part in activities that can promote their health
selfeval-staff-p4-2 = We support the citizen in noticing and reacting to feeling physically unwell, for example by being in touch with the health services if the citizen needs it
selfeval-staff-p4-mean = A healthy life for the citizen (mean 1–5)

selfeval-staff-p5 = The citizen's network
selfeval-staff-p5-1 = We find out what the citizen wishes for in working with their network
selfeval-staff-p5-2 = We support the collaboration between the citizen and their network
selfeval-staff-p5-mean = The citizen's network (mean 1–5)

selfeval-staff-p6 = Communities and activities in the local area
selfeval-staff-p6-1 = We find out what the citizen wishes for in taking part in communities and activities in the local area
selfeval-staff-p6-2 = We support the citizen in taking part in the communities and activities in the local area that the citizen wants to be part of
selfeval-staff-p6-mean = Communities and activities in the local area (mean 1–5)

selfeval-staff-p7 = Education and employment
selfeval-staff-p7-1 = We support the citizen in putting into words their wishes, hopes and dreams about starting an education or getting into work
selfeval-staff-p7-2 = We support the citizen in moving towards starting or keeping up an education or a job
selfeval-staff-p7-3 = We support the citizen in linking up with their work with the municipal youth service or the job centre
selfeval-staff-p7-mean = Education and employment (mean 1–5)

selfeval-staff-p8 = A safe start and end of the support
selfeval-staff-p8-1 = At the start of the collaboration we take particular care to lay a good foundation for working with the citizen
selfeval-staff-p8-2 = We plan a safe phasing out and ending of the collaboration with the citizen
selfeval-staff-p8-mean = A safe start and end of the support (mean 1–5)

selfeval-staff-p9 = Flexible support
selfeval-staff-p9-1 = We keep adjusting the support to the citizen's situation now and need for support
selfeval-staff-p9-2 = We offer flexible and intensive support to citizens with a great need for support
selfeval-staff-p9-mean = Flexible support (mean 1–5)

selfeval-staff-p10 = A whole and joined-up course for the citizen
selfeval-staff-p10-1 = We support the citizen in keeping an overview of their whole course, for example of appointments with the citizen's other partners
selfeval-staff-p10-2 = We support the coordination of the citizen's goals and support across areas and sectors, if the citizen wants it
selfeval-staff-p10-mean = A whole and joined-up course for the citizen (mean 1–5)

selfeval-staff-discussion = Talking about the answers
selfeval-staff-means-note = At the end you see the mean of your answers for each of the ten areas. “Not relevant” is not counted, and if more than one statement in an area is “not relevant”, no mean is worked out for it. Nor is there one if a statement was skipped. The numbers are a starting point for your talk, not a grade.
selfeval-staff-discuss-now = Will you talk about the answers now?
    .help = If you answer no, the form is finished here. You can talk about the answers another time, for example when more people have filled in the form.
    .note = The talk gives most when citizens, support workers and leaders have answered each on their own and put their answers side by side.
selfeval-staff-shows = What do the answers from citizens, support workers and leaders show?
selfeval-staff-common = Where are the experiences shared?
selfeval-staff-different = Where are the experiences different?
selfeval-staff-reflections = What reflections do the different perspectives give rise to?
selfeval-staff-practice = How do we work with each of the recommendations in practice – where are we strong, and where do we have challenges?
selfeval-staff-develop = What do we need to develop further?
selfeval-staff-next-steps = What is the next step, and who is to do what, and when?
    .help = Write one step at a time: what, who and when.
selfeval-staff-next-steps-what = What
selfeval-staff-next-steps-who = Who
selfeval-staff-next-steps-when = When
