## Following up sub-goals. The project's own wording after Socialstyrelsen, Faglige
## pejlemærker (seed 000:L1101–1125) and the words of citizens and staff in seeds 001 and
## 002 (see the source line in goals-followup.ron). A sub-goal's questions have it as { $goal }.

goals-followup-title = Following up sub-goals
goals-followup-description = How have your sub-goals gone? For each one: how it went, and whether you want to keep it, change it, finish it or put it aside.

goals-followup-start = Follow-up
goals-followup-each-goal = Your sub-goals
goals-followup-next = From here

goals-followup-intro = Now we look at the sub-goals you have set yourself – one at a time.
    For each one we talk about how it has gone and what you want to do with it now. It is quite all right to change a sub-goal or put it aside – then we have learnt something.
    If you have no sub-goals yet, you can set one at the end.
    .note = Create a shared attention to the development the citizen has been through – the small steps too.
        Follow-up on goals and sub-goals is to be documented as you go; the conversation saves what was agreed about each sub-goal.

goals-followup-progress = How has it gone with your sub-goal "{ $goal }"?
    .help = Put a mark from 0 to 10. There is no right answer – it is a way to start the conversation.
    .min = Not at all
    .max = Really well
    .short = How it has gone
goals-followup-went = Tell how it has gone with "{ $goal }". What has worked, and what has been hard?
    .help = In your own words. Small steps count too.
    .note = Ask about what has worked and perhaps not worked in the citizen's everyday life and in the support.
goals-followup-decision = What do you want to do with the sub-goal "{ $goal }" now?
    .note = If something is reached, you finish it and can set a new one. If something is still hard, talk about how much support the citizen needs with it.
goals-followup-decision-keep = Keep it
goals-followup-decision-change = Put it in new words
goals-followup-decision-finish = It is reached – finish it
goals-followup-decision-drop = Put it aside
goals-followup-new-wording = How would you put the sub-goal "{ $goal }" now, in your own words?
    .help = The sub-goal is followed on in the new words.

goals-followup-new-goal = Is there a new sub-goal you want to set yourself?
    .help = Write it in your own words. Preferably something concrete you can reach in a foreseeable time. Skip it if there is nothing now.
    .short = New sub-goal
goals-followup-authority = Have your wishes, hopes and dreams changed so much that we should talk with your caseworker about the goals?
    .note = If the citizen's wishes, hopes and dreams change a lot, the authority can be contacted to assess whether the goals in the order need adjusting.

goals-followup-closing = Thank you. When we finish, what we talked about is saved with each sub-goal.
    In the history you can see how your sub-goals have gone over time.
