"""A third set of invented stories for the off-topic audit (:mod:`offtopic_audit`, part
``local``), written by a second engineer without reading the other sets: real reports
that come at the story from a local angle (a local paper on its town's victims, the home
town of a player, a report datelined from a neighbouring city, a business page on the
company's shares, a lead naming the hospital or the school, other English varieties),
often naming none of the names the wire reports share, and pages on another event of the
same kind that week. Folders of 3, 5 and 12 articles (:func:`offtopic_audit.local_folders`).
All text is invented: the outlets, places, people and events are fictional."""

STORIES: dict[str, dict] = {}

STORIES["coach"] = dict(
    base=[
        (
            "Four dead as choir coach overturns near Pellham",
            [
                "PELLHAM (Northline Wire) - Four people were killed and 19 injured on Saturday when a coach carrying the Wendmoor Youth Choir overturned on the Brackley Road near Pellham.",
                "Police said the coach left the road on a bend in heavy rain shortly after 4 p.m. The choir was returning from a festival in Ostbury.",
                "The driver, 61, was among the injured and was being questioned, police said.",
            ],
        ),
        (
            "Choir coach crash kills four",
            [
                "A coach carrying members of the Wendmoor Youth Choir crashed near Pellham on Saturday, killing four and injuring 19, police said.",
                "The vehicle, operated by Kestrel Coaches, rolled onto its side on the Brackley Road. Fire crews cut passengers free.",
                "Kestrel Coaches said it was cooperating fully with the investigation.",
            ],
        ),
        (
            "Rain blamed as coach overturns on Brackley Road",
            [
                "Investigators are examining whether heavy rain caused a coach to overturn on the Brackley Road near Pellham, killing four members of a youth choir party.",
                "Nineteen people were taken to hospital. The Wendmoor Youth Choir had sung at the Ostbury festival earlier in the day.",
                "The road was closed overnight.",
            ],
        ),
        (
            "Two teenagers among four killed in Pellham coach crash",
            [
                "Two teenagers and two adult chaperones died when a Kestrel Coaches vehicle overturned near Pellham on Saturday afternoon.",
                "The coach was carrying 42 members and helpers of the Wendmoor Youth Choir. Nineteen were injured, three seriously.",
                "Police appealed for witnesses.",
            ],
        ),
        (
            "Coach firm suspends route after fatal crash",
            [
                "Kestrel Coaches has suspended its hire service while police investigate Saturday's crash near Pellham in which four people died.",
                "The firm's managing director said the coach had passed its safety inspection in March.",
                "The Wendmoor Youth Choir said it was 'heartbroken'.",
            ],
        ),
        (
            "Pellham crash: driver released on bail",
            [
                "The driver of the coach that overturned near Pellham, killing four members of the Wendmoor Youth Choir party, has been released on bail.",
                "The 61-year-old was arrested on suspicion of causing death by dangerous driving. Nineteen people were hurt.",
                "Kestrel Coaches said he had worked for the firm for 20 years.",
            ],
        ),
    ],
    real=[
        (
            "local-victims",
            "Town mourns its singers\n\nThe bells of St Hilda's rang out across the market square on Sunday as the town came to terms with the loss of four of its own. Among them were Lily Marsh, 15, and Owen Pike, 16, who had sung with the youth choir since primary school. Their friends laid flowers at the church gates. The coach taking the choir home from a festival overturned in heavy rain on Saturday afternoon; nineteen others were hurt.\n",
        ),
        (
            "hospital-lead",
            "Calder Royal treats crash injured\n\nDoctors at Calder Royal Infirmary worked through the night after nineteen people were brought in from Saturday's coach crash, three of them in a serious condition. The hospital declared a major incident at 4.40 p.m. and called in off-duty staff. A spokeswoman said most of the young singers had cuts and broken bones and several had gone home on Sunday.\n",
        ),
        (
            "school-lead",
            "Thornbury Academy opens its doors to grieving pupils\n\nThornbury Academy opened on Sunday so that pupils could grieve together after two of its students died in the coach crash. Headteacher Ruth Egan said counsellors would be in school all week. 'They were kind, funny and talented,' she said. The choir had been returning from a festival when the coach overturned in the rain.\n",
        ),
        (
            "neighbour-dateline",
            "OSTBURY - Organisers of the Ostbury Festival of Song cancelled Sunday's closing concert after learning that a coach carrying one of Saturday's choirs had overturned on its way home, killing four. 'They sang beautifully here only hours before,' festival director Hugh Farrant said. A book of condolence has been opened at the Ostbury Corn Exchange.\n",
        ),
        (
            "business-shares",
            "Coach operator's parent slides\n\nShares in Greyfield Transport Group, which owns the coach firm involved in Saturday's fatal crash, fell 6 per cent on Monday. Analysts at Harwell Securities said investors feared a safety review of the group's hire fleet. Four people died and nineteen were injured when one of its coaches overturned in heavy rain.\n",
        ),
        (
            "us-english",
            "Four killed in British bus wreck\n\nLONDON (Atlantic Press) - A tour bus carrying a youth choir flipped over on a rain-slicked highway in northern England on Saturday, killing four people, including two teenagers, and injuring 19, British police said. The choir was heading home from a music festival. The 61-year-old driver was arrested and later released on bail.\n",
        ),
    ],
    off=[
        (
            "other-crash",
            "Minibus crash on Felgate bypass\n\nFELGATE - Two pensioners were killed on Saturday when a minibus taking a bowls club to a tournament collided with a lorry on the Felgate bypass. Eleven people were taken to Marchfield General Hospital. Police closed the road for six hours and appealed for dashcam footage.\n",
        ),
        (
            "other-choir",
            "Dunmere choir wins national title\n\nThe Dunmere Male Voice Choir won the national championship at Carlow Hall on Saturday, beating twelve other choirs. Conductor Emrys Vane said the result was 'the reward for two years of Tuesday nights'. The choir will represent the country at the Lindberg International in September.\n",
        ),
        (
            "other-rail",
            "Commuter train derails at Haverton\n\nHAVERTON - A commuter train derailed at low speed outside Haverton station on Saturday evening, injuring six passengers. Network Rail said a broken rail was the likely cause. Services between Haverton and Sallow Cross will be replaced by buses until Tuesday.\n",
        ),
        (
            "other-school-trip",
            "School trip bus fire on Marsh Lane\n\nPupils from Greenacre Primary were led to safety when their bus caught fire on Marsh Lane, Colnbrook, on Saturday. Nobody was hurt. The driver spotted smoke from the engine and stopped at once. Colnbrook fire station said the blaze was electrical.\n",
        ),
    ],
)

STORIES["plant"] = dict(
    base=[
        (
            "Seven killed in Alsby chemical plant blast",
            [
                "ALSBY (Eastern Wire) - An explosion at the Durnford Chemicals plant in Alsby killed seven workers and injured 23 on Tuesday, the regional fire service said.",
                "The blast happened in a solvent storage building at about 10.30 a.m. and started a fire that burned for five hours.",
                "Residents within two kilometres were told to keep windows closed.",
            ],
        ),
        (
            "Durnford blast: seven dead, 23 hurt",
            [
                "Seven workers died and 23 were injured in an explosion at Durnford Chemicals in Alsby on Tuesday morning.",
                "The company said the cause was not yet known. The regional labour inspectorate has opened an investigation.",
                "Smoke from the fire could be seen 30 kilometres away.",
            ],
        ),
        (
            "Families wait for news after Alsby explosion",
            [
                "Relatives gathered at the gates of the Durnford Chemicals plant in Alsby on Tuesday as firefighters fought the blaze that followed an explosion that killed seven workers.",
                "The plant employs about 400 people and makes industrial solvents.",
                "Twenty-three workers were taken to hospital.",
            ],
        ),
        (
            "Inspectors to examine storage at Durnford plant",
            [
                "Labour inspectors will examine how solvents were stored at the Durnford Chemicals plant after Tuesday's explosion killed seven people.",
                "Durnford chief executive Pieter Oland said the company would 'leave no question unanswered'.",
                "The Alsby site was last inspected in 2023.",
            ],
        ),
        (
            "Alsby residents told to keep windows shut",
            [
                "People living near the Durnford Chemicals plant in Alsby were told to stay indoors after an explosion and fire that killed seven workers.",
                "Air quality readings were normal by the evening, the regional authority said.",
                "Twenty-three people were injured.",
            ],
        ),
        (
            "Durnford halts production at all sites",
            [
                "Durnford Chemicals has halted production at its three plants after Tuesday's blast in Alsby that killed seven workers and injured 23.",
                "Pieter Oland, the chief executive, visited the injured in hospital.",
                "The company's shares were suspended.",
            ],
        ),
    ],
    real=[
        (
            "local-victims",
            "Village loses three of its sons\n\nIn Hollin Green, where almost every family has someone who works at the chemical works, three of the seven men killed in Tuesday's explosion were from the village. Stefan Kray, 44, a shift supervisor, had worked there for 22 years. The village hall stayed open all night as neighbours waited for news of the 23 injured.\n",
        ),
        (
            "hospital-lead",
            "St Brennan's burns unit stretched\n\nThe burns unit at St Brennan's Hospital took in eleven of the workers hurt in Tuesday's explosion at the solvents plant, its director said, and transferred four to specialist units in the capital. 'Our staff have been extraordinary,' said Dr Ines Volk. Seven workers died in the blast.\n",
        ),
        (
            "neighbour-dateline",
            "MARLBECK - Smoke from the burning chemical plant drifted over Marlbeck on Tuesday afternoon, and the town council closed its schools an hour early as a precaution. 'We could see the black column from the square,' said councillor Jan Ruys. The explosion 12 kilometres away killed seven workers. Air tests in Marlbeck showed no danger, the council said.\n",
        ),
        (
            "business-shares",
            "Chemicals maker suspended after explosion\n\nTrading in the chemicals maker's shares was suspended on the Eastern Exchange on Tuesday after an explosion at its largest plant killed seven workers. Brokers at Vantor Capital said insurance would cover most of the damage, but warned of lost output for months. The group employs 1,100 people at three sites.\n",
        ),
        (
            "union-lead",
            "Chemical Workers Union demands answers\n\nThe Chemical Workers Union called on Wednesday for a full public inquiry into the explosion that killed seven of its members on Tuesday. General secretary Marit Hoekstra said workers had raised concerns about solvent storage last year. The union will hold a vigil outside the works on Friday.\n",
        ),
        (
            "indian-english",
            "7 workers die in factory blast abroad\n\nSeven workers lost their lives and 23 others sustained injuries in a massive blast at a chemical factory on Tuesday, officials informed. The fire which broke out after the explosion was doused after five hours. An inquiry has been ordered into the mishap, sources said.\n",
        ),
    ],
    off=[
        (
            "other-fire",
            "Fire at Karsten paint warehouse\n\nKARSTEN - A fire destroyed a paint warehouse on the Karsten industrial estate on Tuesday. Nobody was hurt, the fire brigade said, but 60 firefighters were needed to stop it spreading to a neighbouring tyre depot. The owner, Brightcoat Ltd, said stock worth two million was lost.\n",
        ),
        (
            "other-leak",
            "Ammonia leak at Ferrow dairy\n\nFERROW - Nine workers were treated for breathing problems after an ammonia leak at the Valemilk dairy in Ferrow on Tuesday. The leak from a cooling pipe was sealed within an hour. The dairy will reopen on Thursday.\n",
        ),
        (
            "other-mine",
            "Two miners trapped at Oskar pit\n\nRescuers freed two miners trapped for 14 hours by a roof fall at the Oskar colliery near Gellin on Tuesday. Both were in a stable condition at Gellin District Hospital. The mine operator, Nordkohle, said work would resume next week.\n",
        ),
        (
            "other-strike",
            "Refinery workers walk out at Pollard Point\n\nWorkers at the Pollard Point refinery began a 48-hour strike on Tuesday over pay. The Petroleum Workers Federation said 600 members had joined. The refinery's owner said fuel supplies would not be affected.\n",
        ),
    ],
)

STORIES["final"] = dict(
    base=[
        (
            "Veyra double wins cup for Redcastle",
            [
                "Tomas Veyra scored twice as Redcastle United beat Marlow Athletic 2-1 in the National Cup final at Kingsmead Stadium on Saturday.",
                "Veyra headed the opener after 12 minutes and struck the winner in the 87th minute after Marlow had equalised through Dane Corby.",
                "It was Redcastle's first cup since 1998.",
            ],
        ),
        (
            "Redcastle end 26-year wait",
            [
                "Redcastle United won the National Cup for the first time in 26 years, beating Marlow Athletic 2-1 at Kingsmead Stadium.",
                "Tomas Veyra's late winner settled a tense final in front of 81,000 fans.",
                "Marlow manager Ian Pruett said his side 'deserved at least extra time'.",
            ],
        ),
        (
            "Late Veyra strike breaks Marlow hearts",
            [
                "Marlow Athletic were three minutes from extra time when Tomas Veyra turned in a cross to give Redcastle United a 2-1 win in the cup final.",
                "Dane Corby had levelled for Marlow early in the second half.",
                "Redcastle manager Sam Achterberg called it 'the best day of my life'.",
            ],
        ),
        (
            "Cup final: Redcastle 2 Marlow 1",
            [
                "Redcastle United are National Cup winners after a 2-1 victory over Marlow Athletic at Kingsmead.",
                "Tomas Veyra scored both goals. Corby replied for Marlow.",
                "Attendance: 81,000.",
            ],
        ),
        (
            "Achterberg hails Veyra after cup triumph",
            [
                "Sam Achterberg praised Tomas Veyra's 'nerve' after the striker's two goals won the National Cup for Redcastle United against Marlow Athletic.",
                "Redcastle last lifted the trophy in 1998.",
                "The team will parade through the city on Sunday.",
            ],
        ),
        (
            "Marlow's Pruett proud despite final defeat",
            [
                "Ian Pruett said he was proud of his Marlow Athletic players after a 2-1 defeat by Redcastle United in the National Cup final.",
                "Marlow had equalised through Dane Corby before Tomas Veyra's late winner.",
                "Pruett said the club would 'come back stronger'.",
            ],
        ),
    ],
    real=[
        (
            "hometown-player",
            "Sanlucar celebrates its own\n\nIn the fishing town of Sanlucar del Mar, where the striker learned to play on the harbour wall, hundreds watched the final on a screen in the Plaza Mayor and roared when their boy scored the late winner. His mother, Rosa, said she had cried 'for both goals'. The mayor said a street would be named after him.\n",
        ),
        (
            "parade-local",
            "Thousands line streets for cup parade\n\nThousands of fans lined Castle Street and Bridge Road on Sunday as the open-top bus carrying the cup winners crawled through the city centre. Police estimated 60,000 people turned out. The players waved the trophy from the town hall balcony, 26 years after the club last won it.\n",
        ),
        (
            "neighbour-dateline",
            "HALBY - Fans of the beaten finalists arrived back at Halby station late on Saturday, singing despite the 2-1 defeat. 'Three minutes from extra time,' said season-ticket holder Gary Rusk. 'That's football.' The club will hold a thank-you event at its ground on Wednesday.\n",
        ),
        (
            "business-shares",
            "Club's listed parent rises after cup win\n\nShares in Redwall Leisure, the listed company that owns the cup winners, rose 4 per cent on Monday as investors bet on a European campaign. Analysts at Fenwick Partners said the win was worth about 15 million in prize money and broadcast fees.\n",
        ),
        (
            "pub-lead",
            "The Anchor Inn erupts\n\nThe Anchor Inn on Quay Street was so full on Saturday afternoon that fans watched through the windows. When the late winner went in, landlord Pete Doyle said, 'the roof nearly came off'. Regulars who remembered the last cup win 26 years ago bought rounds until closing time.\n",
        ),
        (
            "aussie-english",
            "Cup final recap\n\nThe underdogs fell agonisingly short in the cup decider at the weekend, the striker's second goal three minutes from full-time sealing a 2-1 result. It was a cracking arvo of footy in front of 81,000, and the winners' first silverware in 26 years.\n",
        ),
    ],
    off=[
        (
            "other-final",
            "Dunvale win Shield final\n\nDunvale Rovers beat Corran Town 3-0 in the Northern Shield final at Elm Park on Saturday. Pavel Nyström scored twice and the club's captain, Rhys Oakes, added a penalty. It was Dunvale's third Shield in five years.\n",
        ),
        (
            "other-womens",
            "Harbury Ladies lift Women's Cup\n\nHarbury Ladies won the Women's Cup on Sunday, beating Stenton 1-0 at Brookfield with a goal from Aoife Carrick. Manager Lena Ostrowski said her team had 'defended like lions' after Carrick's 30th-minute strike.\n",
        ),
        (
            "other-transfer",
            "Pelham signs Brazilian midfielder\n\nPelham County have signed the midfielder Caio Ferraz from Santos Verde for a club-record fee, the club said on Saturday. Ferraz, 23, has agreed a four-year contract and will join the squad at its Aldgate training ground on Monday.\n",
        ),
        (
            "other-rugby",
            "Oakridge take rugby title\n\nOakridge beat Whitstone 24-19 in the Premiership rugby final at Tannery Park on Saturday, with fly-half Kit Morrow kicking 14 points. Whitstone's coach, Dai Probert, said his side had 'left it too late'.\n",
        ),
    ],
)

STORIES["recall"] = dict(
    base=[
        (
            "Norvane recalls baby food over glass fears",
            [
                "Norvane Foods is recalling two million jars of its Little Harvest baby food after glass fragments were found in three jars, the Food Standards Board said on Wednesday.",
                "The recall covers all jars with best-before dates in 2027. No injuries have been reported.",
                "Norvane shares fell 8 per cent.",
            ],
        ),
        (
            "Glass found in Little Harvest jars",
            [
                "Parents were told on Wednesday to stop using Little Harvest baby food after glass was found in jars made by Norvane Foods.",
                "The Food Standards Board said two million jars were being recalled.",
                "Norvane said a fault on a filling line at its Coldby factory was to blame.",
            ],
        ),
        (
            "Norvane shares slide on recall",
            [
                "Shares in Norvane Foods fell 8 per cent on Wednesday after the company recalled two million jars of Little Harvest baby food.",
                "Chief executive Anna Brisk said the company had acted 'out of an abundance of caution'.",
                "The recall will cost about 12 million, Norvane said.",
            ],
        ),
        (
            "Coldby line fault behind baby food recall",
            [
                "A damaged filling machine at Norvane Foods' Coldby factory is thought to have caused glass to enter Little Harvest jars, the company said.",
                "Two million jars are being recalled. The Food Standards Board said three jars were found with fragments.",
                "No babies have been hurt.",
            ],
        ),
        (
            "What parents need to know about the Little Harvest recall",
            [
                "Norvane Foods has recalled two million jars of Little Harvest baby food. Parents can return jars to any shop for a full refund.",
                "The Food Standards Board said no injuries had been reported.",
                "Norvane has set up a helpline.",
            ],
        ),
        (
            "Norvane's Brisk apologises to parents",
            [
                "Anna Brisk, the chief executive of Norvane Foods, apologised to parents on Wednesday after glass was found in Little Harvest baby food.",
                "The company is recalling two million jars and has stopped the Coldby line.",
                "Shares closed 8 per cent lower.",
            ],
        ),
    ],
    real=[
        (
            "local-factory",
            "Coldby workers sent home\n\nAbout 300 workers at the baby food factory on Mill Lane were sent home on full pay on Wednesday while engineers stripped down the filling line blamed for glass in jars. 'People are worried about their jobs,' said shop steward Bev Hollis. The town's biggest employer has made food here since 1961.\n",
        ),
        (
            "shop-lead",
            "Supermarkets clear shelves\n\nStaff at Greenway and Saver's Market stores cleared baby food jars from their shelves on Wednesday morning after the recall was announced. Greenway said customers could return jars without a receipt. The recall covers two million jars.\n",
        ),
        (
            "mother-lead",
            "'I had fed him two jars'\n\nJess Morley of Ryebridge had already fed her nine-month-old son two jars from the recalled batch before she heard the news on the radio. 'I just froze,' she said. Her GP told her there was no need to worry. The manufacturer says no child has been hurt.\n",
        ),
        (
            "business-analyst",
            "Analysts cut targets after recall\n\nBrokers at Lindqvist & Co cut their price target for the food group on Thursday, saying the baby food recall could cost more than the 12 million the company has estimated once lost sales are counted. The shares fell 8 per cent on Wednesday. Lindqvist kept its 'hold' rating.\n",
        ),
        (
            "regulator-lead",
            "Food Standards Board explains recall\n\nThe Food Standards Board said on Wednesday it was told of the first broken jar by a parent in Essendon last Friday and of two more by Monday. Its chief inspector, Malik Osei, said the recall of two million jars was 'proportionate'.\n",
        ),
        (
            "us-english",
            "Baby food recalled overseas\n\nA European food maker recalled two million jars of baby food on Wednesday after shards of glass were found in three of them. Regulators said no infants were hurt. The company's stock dropped 8 percent on the news.\n",
        ),
    ],
    off=[
        (
            "other-recall",
            "Tellmark recalls kettles over shock risk\n\nTellmark Appliances is recalling 40,000 kettles sold at Brightway stores after reports of electric shocks, the Product Safety Office said on Wednesday. Customers should unplug the Tellmark K200 and return it for a refund.\n",
        ),
        (
            "other-food",
            "Listeria found in Haldane cheeses\n\nHaldane Creamery has withdrawn its soft cheeses from sale after listeria was found in a batch at its Pennock dairy, the Food Standards Board said on Wednesday. Two people have been treated in hospital in Orrin.\n",
        ),
        (
            "other-shares",
            "Brannock Brewing shares jump on profits\n\nShares in Brannock Brewing rose 11 per cent on Wednesday after the brewer reported a 20 per cent rise in half-year profits. Chief executive Tom Ruddle said sales of its Harbour Lager had doubled in Fennland.\n",
        ),
        (
            "other-car",
            "Velmor recalls 12,000 cars\n\nVelmor Motors is recalling 12,000 Velmor Strada hatchbacks built at its Carrick plant because a seat-belt anchor may fail, the company said on Wednesday. Owners will be contacted by letter.\n",
        ),
    ],
)

STORIES["flood"] = dict(
    base=[
        (
            "Three dead as Ossel floods Hadderly",
            [
                "HADDERLY (Central Wire) - Three people died and 1,200 homes were evacuated when the River Ossel burst its banks in Hadderly on Monday after two days of heavy rain.",
                "Water rose more than a metre in the town centre within an hour, the fire service said.",
                "An elderly couple were found dead in their flooded bungalow.",
            ],
        ),
        (
            "Hadderly floods: 1,200 homes evacuated",
            [
                "About 1,200 homes in Hadderly were evacuated on Monday as the River Ossel flooded the town. Three people died.",
                "The Environment Agency issued a severe flood warning, its highest, for the Ossel valley.",
                "Soldiers were sent to help fill sandbags.",
            ],
        ),
        (
            "River Ossel reaches record height",
            [
                "The River Ossel reached a record 5.2 metres at Hadderly on Monday, breaking the mark set in 1947, the Environment Agency said.",
                "Three people died in the floods and 1,200 homes were emptied.",
                "More rain is forecast for Wednesday.",
            ],
        ),
        (
            "Army helps Hadderly as floods kill three",
            [
                "Two hundred soldiers were deployed to Hadderly on Monday after the River Ossel flooded the town, killing three people.",
                "Residents of 1,200 homes spent the night in schools and halls.",
                "The Environment Agency said the river would stay high for days.",
            ],
        ),
        (
            "Hadderly flood victims named",
            [
                "Police named the three people who died in Monday's floods in Hadderly as Albert and Joan Crane, both 84, and Kieran Dale, 37, who was swept away trying to reach a neighbour.",
                "The River Ossel has started to fall slowly.",
                "About 1,200 homes remain empty.",
            ],
        ),
        (
            "Insurers brace for Ossel flood claims",
            [
                "Insurers expect thousands of claims after the River Ossel flooded Hadderly, where 1,200 homes were evacuated and three people died.",
                "The Environment Agency said the river peaked at 5.2 metres.",
                "Rebuilding could take a year.",
            ],
        ),
    ],
    real=[
        (
            "neighbour-dateline",
            "BRINDLE - Families from the flooded town downstream began arriving at the Brindle leisure centre late on Monday, many with only the clothes they wore. Brindle council opened the centre as a rest centre for 300 people. 'We have beds, food and dry socks,' said council leader Mo Hassan. Three people died in the floods.\n",
        ),
        (
            "school-lead",
            "St Cuthbert's becomes a shelter\n\nSt Cuthbert's Primary School spent Monday night as a shelter for 140 people whose homes were flooded when the river burst its banks. Headteacher Gail Ormond and her staff served soup until midnight. The school will stay closed to pupils until Friday.\n",
        ),
        (
            "local-victims",
            "Tributes to 'hero' who died helping neighbour\n\nFriends of the 37-year-old plumber swept away on Monday said he had waded out to help a neighbour trapped by the rising water. 'That was him all over,' said his brother. An elderly couple also died in the floods, which forced 1,200 households from their homes.\n",
        ),
        (
            "business-insurer",
            "Halberd Insurance puts flood cost at 80 million\n\nHalberd Insurance said on Tuesday that claims from this week's floods could cost it up to 80 million, and its shares fell 3 per cent. The insurer has about a third of the home policies in the flooded town, where 1,200 homes were evacuated.\n",
        ),
        (
            "hospital-lead",
            "Wyke General treats flood victims\n\nWyke General Hospital treated 17 people for hypothermia and injuries on Monday night after the floods, and moved patients from its ground floor as water lapped at the car park. A spokesman said the hospital remained open.\n",
        ),
        (
            "scots-english",
            "Floods: a dreich day for the valley\n\nIt was a dreich, sair day as the river came over the banks on Monday, and folk left 1,200 houses wi' little but a bag each. Three people died. The record height, 5.2 metres, beat a mark that had stood since 1947.\n",
        ),
    ],
    off=[
        (
            "other-flood",
            "Flash flood hits Tarnley\n\nTARNLEY - A flash flood swept through Tarnley on Monday after a cloudburst over the Calder Moors, flooding 40 homes and the Tarnley Arms. Nobody was hurt. North Ridings council sent gully cleaners to clear blocked drains.\n",
        ),
        (
            "other-storm",
            "Gales close Skelly Bridge\n\nThe Skelly Bridge was closed to high-sided vehicles on Monday as gales of up to 80 mph battered the west coast. Ferry services from Port Annan were cancelled and 3,000 homes lost power in the Mull of Corran.\n",
        ),
        (
            "other-landslide",
            "Landslip blocks Glenmore railway\n\nA landslip after heavy rain blocked the Glenmore line near Achnabeg on Monday. Network Scotland said buses would replace trains between Glenmore and Fort Ross until at least Thursday.\n",
        ),
        (
            "other-drought",
            "Reservoir levels low in Westmarch\n\nWestmarch Water said on Monday that its reservoirs were at 48 per cent, the lowest for the time of year since 1976, and asked customers in Dunholt and Carnby to save water. A hosepipe ban is not yet planned.\n",
        ),
    ],
)
