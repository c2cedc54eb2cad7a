## Bilag 1, a tool for evaluating practice (seed 000), in the project's own English.

selfeval-citizen-title = How the support works (citizen's form)
selfeval-citizen-description = 23 statements about working with your { -staff }, each from 1 to 5 or “Not relevant”, and questions for talking it over together afterwards.

selfeval-citizen-start = Before you start
selfeval-citizen-intro = Answer the statements below. Choose what fits best with what you experience. If a statement is not relevant to your work with your { -staff } or to the support you get, choose “Not relevant”.
    The statements speak of your “{ -staff }” in the singular, but of course it may be a team.
    .help = Choose a number from 1 (not at all) to 5 (to a very high degree) for each statement. “Not relevant” is not counted in the mean. You can also skip a statement, but then no mean is worked out for that area.
    .note = The form is the citizen's own view. Let the citizen answer in peace, alone if they like, and talk about the answers afterwards: the numbers are a starting point for talking, not a grade.

selfeval-citizen-rating-r1 = Not at all
selfeval-citizen-rating-r2 = To a small degree
selfeval-citizen-rating-r3 = To some degree
selfeval-citizen-rating-r4 = To a high degree
selfeval-citizen-rating-r5 = To a very high degree
selfeval-citizen-rating-not-relevant = Not relevant

selfeval-citizen-p1 = A recovery-oriented collaboration
selfeval-citizen-p1-1 = My wishes, hopes and dreams are the focus of my work with my { -staff }
selfeval-citizen-p1-2 = My { -staff } listens to, understands and recognises my perspectives
selfeval-citizen-p1-3 = I talk with my { -staff } regularly about how we best work together
selfeval-citizen-p1-mean = A recovery-oriented collaboration (mean 1–5)

selfeval-citizen-p2 = A shared professional direction
selfeval-citizen-p2-1 = I am met in the same way whichever { -staff } I work with
selfeval-citizen-p2-2 = My { -staff } uses their professional knowledge in a way that helps me
selfeval-citizen-p2-mean = A shared professional direction (mean 1–5)

selfeval-citizen-p3 = Wellbeing, coping and handling acute mental health crises
selfeval-citizen-p3-1 = My { -staff } talks with me about what makes everyday life good for me
selfeval-citizen-p3-2 = My { -staff } supports me in learning to handle demands, challenges and difficult feelings in a way that works for me
selfeval-citizen-p3-3 = If I have had an acute mental health crisis, my { -staff } supports me in learning from it, so that I can prevent new crises
selfeval-citizen-p3-mean = Wellbeing, coping and handling acute mental health crises (mean 1–5)

selfeval-citizen-p4 = A healthy life
selfeval-citizen-p4-1 = My { -staff } supports me in improving my health through healthy habits and in taking part in activities that promote my health
selfeval-citizen-p4-2 = My { -staff } supports me in reacting to discomfort and feeling physically unwell, and in being in touch with the health services if I need to
selfeval-citizen-p4-mean = A healthy life (mean 1–5)

selfeval-citizen-p5 = Working with my network
selfeval-citizen-p5-1 = My { -staff } asks what I would like about involving my family and friends
selfeval-citizen-p5-2 = My { -staff } supports me in working with my family and friends, if I want that
selfeval-citizen-p5-mean = Working with my network (mean 1–5)

selfeval-citizen-p6 = Communities and activities in the local area
selfeval-citizen-p6-1 = My { -staff } supports me in finding communities and activities that interest me
selfeval-citizen-p6-2 = My { -staff } supports me in taking part in communities and activities I want to be part of
selfeval-citizen-p6-mean = Communities and activities in the local area (mean 1–5)

selfeval-citizen-p7 = Education and employment
selfeval-citizen-p7-1 = My { -staff } supports me in putting into words my wishes, hopes and dreams about starting an education or getting into work
selfeval-citizen-p7-2 = My { -staff } supports me in moving towards starting or keeping up an education or a job
selfeval-citizen-p7-3 = My { -staff } supports me in linking up with my work with the municipal youth service or the job centre
selfeval-citizen-p7-mean = Education and employment (mean 1–5)

selfeval-citizen-p8 = A safe start and end of the support
selfeval-citizen-p8-1 = I had a good introduction at the start of my work with my { -staff }, for example about how often we meet and what I can get support with
selfeval-citizen-p8-2 = I talk with my { -staff } about how long I expect to need support
selfeval-citizen-p8-mean = A safe start and end of the support (mean 1–5)

selfeval-citizen-p9 = Flexible support
selfeval-citizen-p9-1 = My { -staff } keeps adjusting the support to my situation now and my need for support
selfeval-citizen-p9-2 = The support from my { -staff } is flexible and can be adjusted if for a time I need more or less support, or a different kind of support
selfeval-citizen-p9-mean = Flexible support (mean 1–5)

selfeval-citizen-p10 = A whole and joined-up course
selfeval-citizen-p10-1 = My { -staff } supports me in keeping an overview of my whole course, for example of appointments with others I work with
selfeval-citizen-p10-2 = My { -staff } helps my goals and support to be coordinated across everyone involved in my course
selfeval-citizen-p10-mean = A whole and joined-up course (mean 1–5)

selfeval-citizen-discussion = Talking about the answers
selfeval-citizen-means-note = At the end you see the mean of your answers for each of the ten areas. “Not relevant” is not counted, and if more than one statement in an area is “not relevant”, no mean is worked out for it. Nor is there one if a statement was skipped. The numbers are a starting point for your talk, not a grade.
selfeval-citizen-discuss-now = Will you talk about the answers now?
    .help = If you answer no, the form is finished here. You can talk about the answers another time, for example when more people have filled in the form.
    .note = The talk gives most when citizens, support workers and leaders have answered each on their own and put their answers side by side.
selfeval-citizen-shows = What do the answers from citizens, support workers and leaders show?
selfeval-citizen-common = Where are the experiences shared?
selfeval-citizen-different = Where are the experiences different?
selfeval-citizen-reflections = What reflections do the different perspectives give rise to?
selfeval-citizen-practice = How do we work with each of the recommendations in practice – where are we strong, and where do we have challenges?
selfeval-citizen-develop = What do we need to develop further?
selfeval-citizen-next-steps = What is the next step, and who is to do what, and when?
    .help = Write one step at a time: what, who and when.
selfeval-citizen-next-steps-what = What
selfeval-citizen-next-steps-who = Who
selfeval-citizen-next-steps-when = When

selfeval-citizen-sharing = Who may see it?
selfeval-citizen-share = May some of this be shared with your team?
    .help = Your answers are confidential to begin with. They are only shared with your team if you say yes.
    .note = Share only what the citizen has agreed to. Answers that may not be shared are left out of exports.
selfeval-citizen-share-no = No, it stays between us
selfeval-citizen-share-yes = Yes, it may be shared with my team
selfeval-citizen-share-some = Some of it
selfeval-citizen-share-what = What may be shared with your team?
    .help = Write what the team may know. The rest stays between us.

# The result for a person alone (self mode, the kiosk): one calm paragraph.
selfeval-citizen-alone = The numbers show where you feel the support works well, and where it could be better. They are not a grade, but a starting point for a talk with your { -staff } and the leader.
