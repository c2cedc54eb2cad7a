## Reflection on the principles. Faithful translations of Socialstyrelsen's guides
## (004: staff, 002: caseworkers) and of Faglige pejlemærker, pejlemærke 1 (000).
## Two-part questions are split into two steps, as in the Danish; p5-caseworker-2 drops the
## linking “And”, as the Danish drops „Og“, so that the question stands on its own.

reflection-principles-title = Reflecting on the recovery principles
reflection-principles-description = Reflection questions for each of the eight principles of recovery-oriented rehabilitation – for staff, caseworkers and trainers.

reflection-principles-start = Before you begin
reflection-principles-p1 = Principle 1: Hopes, wishes and dreams
reflection-principles-p2 = Principle 2: Resources
reflection-principles-p3 = Principle 3: Network and communities
reflection-principles-p4 = Principle 4: Openness, trust and respect
reflection-principles-p5 = Principle 5: As early as possible
reflection-principles-p6 = Principle 6: Coordinated support
reflection-principles-p7 = Principle 7: Follow-up
reflection-principles-p8 = Principle 8: Knowledge and methods that work
reflection-principles-feedback = After feedback from a citizen

reflection-principles-intro = Here you can reflect on the eight principles of recovery-oriented rehabilitation.
    After each principle there are a few questions that can help you and your colleagues start reflecting on your practice.
    At the end there are, for staff in the social services, questions for when a citizen has given feedback on the collaboration.
    Write as much or as little as you like. You can skip questions.
    .note = For trainers: use the questions to open professional discussions at team meetings, training days or in supervision. The answers are reflections, not an assessment of the individual.
reflection-principles-role = What is your role?
    .help = The questions come in two versions: one for staff in social services and one for caseworkers at the local authority.
    .required = Choose a role, so that you get the questions that fit your work.
reflection-principles-role-staff = Staff member in a social service (for example housing support or supported housing)
reflection-principles-role-caseworker = Caseworker at the local authority

reflection-principles-p1-principle = Principle 1: Start from the citizens' hopes, wishes and dreams
    It creates motivation and meaning for the citizens.
    Consider your practice:
reflection-principles-p1-staff-1 = Are the citizens' hopes, wishes and dreams for the future clearly guiding your professional practice, and how does this show concretely in your work together?
reflection-principles-p1-staff-2 = Do the citizens' hopes, wishes and dreams clearly appear in the support plans you write, and how?
reflection-principles-p1-caseworker-1 = Are the citizens' hopes, wishes and dreams for the future clearly guiding your professional practice, and how does this show concretely in your casework?
reflection-principles-p1-caseworker-2 = Do the citizens' hopes, wishes and dreams clearly appear in the action plans you write, and how?

reflection-principles-p2-principle = Principle 2: Focus on the citizens' resources
    It strengthens the citizens' sense of empowerment and control.
    Consider your practice:
reflection-principles-p2-staff-1 = Are the citizens' resources clear in the support plans you write?
reflection-principles-p2-staff-2 = How do you talk with the citizens about their resources?
reflection-principles-p2-staff-3 = When and how do you bring the citizens' resources into play in your work together?
reflection-principles-p2-caseworker-1 = Are the citizens' resources clear in the action plans you write?
reflection-principles-p2-caseworker-2 = When and how do you bring the citizens' resources into play in your work together?
reflection-principles-p2-caseworker-3 = How can partners or the network help bring the citizens' resources to light?

reflection-principles-p3-principle = Principle 3: Involve the citizens' network and ordinary communities
    It strengthens the citizens' chance to feel connected to others and brings them closer to communities outside the social services.
    Consider your practice:
reflection-principles-p3-staff-1 = Does the citizens' network clearly appear in the support plans you write?
reflection-principles-p3-staff-2 = Which ordinary communities in the local area, open to everyone, could you refer the citizens to?
reflection-principles-p3-staff-3 = How can you strengthen the citizens' participation in ordinary communities, and how can you strengthen the involvement of the citizens' network?
reflection-principles-p3-caseworker-1 = Does the citizens' network clearly appear in the action plans you write?
reflection-principles-p3-caseworker-2 = Which ordinary communities in the local area, open to everyone, can you refer the citizens to?
reflection-principles-p3-caseworker-3 = How can you strengthen your collaboration with the service provider on involving the citizens' network and their participation in communities?

reflection-principles-p4-principle = Principle 4: Meet the citizens with openness, trust and respect
    It strengthens good collaboration.
    Consider your practice:
reflection-principles-p4-staff-1 = In which cases have you particularly succeeded in building a relationship based on openness, trust and respect?
reflection-principles-p4-staff-2 = What made the difference?
    .help = Think of the cases you wrote about in the previous question.
reflection-principles-p4-staff-3 = How do you show the citizens that you believe they can succeed?
reflection-principles-p4-staff-4 = When and how often do you align expectations with the citizens about your work together?
reflection-principles-p4-caseworker-1 = In which cases have you particularly succeeded in building a relationship with the citizens based on openness, trust and respect?
reflection-principles-p4-caseworker-2 = What made the difference?
    .help = Think of the cases you wrote about in the previous question.
reflection-principles-p4-caseworker-3 = How do you show the citizens that you believe they will succeed?
reflection-principles-p4-caseworker-4 = When and how often do you align expectations with the citizens about your work together?

reflection-principles-p5-principle = Principle 5: Help the citizens as early as possible
    It increases the chance that the support works.
    Consider your practice:
reflection-principles-p5-staff-1 = In your work with the citizens, do you notice changes in their situation and needs that may mean the support should be adjusted?
reflection-principles-p5-staff-2 = How can you work more closely with the local authority and other relevant partners, so that you help make sure the citizens always get the right help?
reflection-principles-p5-caseworker-1 = In your work with the citizens, have you acted as quickly as you can?
reflection-principles-p5-caseworker-2 = Do you have an initial conversation with the citizens early in your work together?
reflection-principles-p5-caseworker-3 = In your conversations about their cases, is it clear to the citizens what they can expect of the process ahead, and also how long they can expect to wait?

reflection-principles-p6-principle = Principle 6: Work in a coordinated way with the citizens' whole life situation
    It makes the support more focused and meaningful for the citizens.
    Consider your practice:
reflection-principles-p6-staff-1 = Is it clear to the citizens you work with who is responsible for coordinating their case?
reflection-principles-p6-staff-2 = What can you do to strengthen your collaboration with the people and services in the municipality around the citizens, within and outside the municipality?
reflection-principles-p6-caseworker-1 = Is it clear to the citizens you work with who is the main coordinator in their case?
reflection-principles-p6-caseworker-2 = What can you do to strengthen your collaboration with the people and services within and outside the municipality around the citizens?

reflection-principles-p7-principle = Principle 7: Follow up, so that the support is always the right one
    It ensures the right support, also when the citizens' situation changes.
    Consider your practice:
reflection-principles-p7-staff-1 = How can you involve the citizens and prepare them well for the follow-up?
reflection-principles-p7-staff-2 = How can your collaboration with the caseworker on the follow-up be strengthened?
reflection-principles-p7-caseworker-1 = How have you worked on preparing the citizens for the follow-up and involving them in it?
reflection-principles-p7-caseworker-2 = How can your collaboration with the service provider on the follow-up be strengthened?

reflection-principles-p8-principle = Principle 8: Use knowledge and methods that work
    So that the citizens are helped most effectively to recover.
    For this principle Socialstyrelsen's guide has no reflection questions, but an encouragement:
    Seek a sounding board and take part in professional discussions with management and your colleagues about whether and how the methods help the citizens recover.

reflection-principles-feedback-intro = Examples of questions that can support the { -staff(form: "genitive") } professional reflection
    Use them when a citizen has given feedback on the collaboration and the support – for example with FIT.
    .note = From pejlemærke 1, “A recovery-oriented collaboration”. Feedback is a way to develop the collaboration and the support – not an evaluation of the { -staff(form: "genitive") } skills or person.
reflection-principles-feedback-told = What did the citizen say about the collaboration and the support?
reflection-principles-feedback-worked = What worked well, and what worked less well?
reflection-principles-feedback-attention = What particular points of attention are there for the collaboration and the support from now on?
reflection-principles-feedback-changes = Does the citizen's feedback call for changes here and now?
reflection-principles-feedback-adjust = Is it relevant to adjust goals, tools, exercises or anything else?
reflection-principles-feedback-network = Are there people in the citizen's private or professional network who could be involved to strengthen the effect of the support?
