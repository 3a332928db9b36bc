"""A second, separate set of invented stories for the off-topic audit (:mod:`offtopic_audit`,
part ``fresh``): written before the screen's rules on leads were, so those rules are judged
on cases they were not written against. Six kinds of event the first set
(:mod:`offtopic_cases`) lacks: a trial's verdict, a city election, a storm, a marathon, a
company's results and a protest. Each story has four base reports, short real reports in
their own words (a brief without names, a local angle, a reaction, a live blog...) that
must be kept, and short pages on another event of the same kind that week (another
verdict, another town's vote, another storm...) that must be left out. All text is
invented: the outlets, places, people and events are fictional."""

STORIES: dict[str, dict] = {}

STORIES["verdict"] = dict(
    base=[
        (
            "Former Quillfield chief Harlan Voss guilty of fraud",
            [
                "BRENMOOR (Courier Wire) - A jury at Brenmoor Crown Court on Thursday found Harlan Voss, the former chief executive of Quillfield Savings, guilty on seven counts of fraud over the lender's collapse.",
                "Prosecutors said Voss hid losses of 40 million crowns from depositors and auditors for three years. Judge Marta Okonye set sentencing for June 3.",
                "Voss, 58, showed no emotion as the verdicts were read. His lawyer, Benedikt Rahm, said he would appeal.",
            ],
        ),
        (
            "Quillfield depositors cheer as Voss convicted",
            [
                "Depositors who lost savings in the collapse of Quillfield Savings cheered outside Brenmoor Crown Court after the jury convicted Harlan Voss.",
                "The jury deliberated for two days before returning guilty verdicts on seven of the nine counts. Voss was cleared of two counts of false accounting.",
                "Judge Marta Okonye remanded him in custody until sentencing in June.",
            ],
        ),
        (
            "Voss faces up to 14 years after fraud verdict",
            [
                "Harlan Voss faces up to 14 years in prison after being convicted on Thursday of defrauding Quillfield Savings depositors of 40 million crowns.",
                "The trial at Brenmoor Crown Court heard six weeks of evidence, including testimony from Quillfield's former finance director, Ottilie Sarn, who said Voss ordered her to move losses off the books.",
                "Benedikt Rahm, for the defence, told reporters the verdict would be appealed.",
            ],
        ),
        (
            "Jury convicts ex-banker on seven counts",
            [
                "The former head of Quillfield Savings, Harlan Voss, was convicted of fraud on Thursday by a Brenmoor jury after a six-week trial.",
                "Judge Marta Okonye thanked the jurors and said the case had caused 'real hardship to thousands of ordinary savers'. About 12,000 depositors lost money when the lender failed.",
                "Sentencing is due on June 3.",
            ],
        ),
    ],
    real=[
        (
            "fresh-brief",
            "Banker convicted\n\nThe former boss of a failed savings bank was found guilty on Thursday of seven counts of fraud after a six-week trial. Jurors cleared him of two other counts. Prosecutors said he hid 40 million crowns of losses for three years. He will be sentenced in June and faces up to 14 years.\n",
        ),
        (
            "fresh-savers",
            "'I got my answer today'\n\nRetired teacher Agnes Pollard lost her life savings when the lender failed. On Thursday she sat in the public gallery as the jury came back. 'Seven times guilty,' she said afterwards, holding her husband's hand. 'It won't bring the money back. But I got my answer today.' About 12,000 savers lost money.\n",
        ),
        (
            "fresh-liveblog",
            "LIVE: Voss verdict\n\n10:05 - Jury has sent a note: it has reached verdicts.\n\n10:20 - Guilty on counts one to seven. Not guilty on counts eight and nine.\n\n10:24 - Voss stands still, looks at the floor.\n\n10:40 - Judge remands him in custody. Sentencing June 3.\n\n11:02 - Defence says it will appeal.\n",
        ),
        (
            "fresh-reaction",
            "Savings regulator welcomes fraud verdict\n\nThe national savings regulator said on Thursday the conviction of Quillfield's former chief executive showed that 'hiding losses from depositors is a crime, not a strategy'. It said it had tightened audit rules for small lenders since the bank failed and would publish its own review of the collapse after sentencing.\n",
        ),
    ],
    off=[
        (
            "fresh-otherverdict",
            "Ex-mayor of Dellin cleared of bribery\n\nA jury at Orlan Crown Court on Thursday acquitted Rupert Achterberg, the former mayor of Dellin, of taking bribes from a building firm. Prosecutors had said he accepted 200,000 crowns in cash. Judge Selma Vroom discharged him after the verdict, and he thanked his family outside court.\n",
        ),
        (
            "fresh-sentence",
            "Pension fund manager jailed for nine years\n\nA pension fund manager who stole 6 million crowns from retired dock workers was jailed for nine years on Wednesday at Kessel Crown Court. Lotte Fennick, 49, had pleaded guilty to fraud in March. The judge said she had betrayed people who trusted her with their old age.\n",
        ),
        (
            "fresh-jury",
            "Jury sworn in for Marrow Street murder trial\n\nTwelve jurors were sworn in on Tuesday at Halden Crown Court for the trial of two brothers accused of the murder of a nightclub doorman on Marrow Street last winter. The trial is expected to last five weeks. Both men deny the charge.\n",
        ),
        (
            "fresh-appeal",
            "Appeal court upholds insurer chief's conviction\n\nThe Court of Appeal on Friday upheld the fraud conviction of Cyril Dobrin, the former head of the insurer Harbourline, who was jailed for eleven years in 2023 for hiding claims losses. The three judges said the trial had been fair. Dobrin's lawyers said they would consider a final appeal.\n",
        ),
    ],
)

STORIES["mayor"] = dict(
    base=[
        (
            "Ines Marlow wins Castrel mayoral race",
            [
                "CASTREL (Metro Press) - Ines Marlow of the Green Civic party won Sunday's election for mayor of Castrel with 54 percent of the vote, unseating Teodor Brandt of the Union party after two terms.",
                "Turnout was 61 percent, the highest in 20 years, the city's election office said. Brandt took 39 percent.",
                "Marlow, 44, a former transport engineer, promised free buses for pupils and a new tram line to the eastern districts.",
            ],
        ),
        (
            "Brandt concedes as Castrel turns green",
            [
                "Teodor Brandt conceded defeat late on Sunday, congratulating Ines Marlow on her victory in the Castrel mayoral election.",
                "'The city has chosen, and I wish her well,' Brandt told supporters at the Union party's offices on Harbour Street.",
                "Marlow won 54 percent to Brandt's 39 percent, with the rest shared among three minor candidates.",
            ],
        ),
        (
            "Castrel's new mayor promises tram to the east",
            [
                "Ines Marlow, elected mayor of Castrel on Sunday, said her first act would be to order plans for the eastern tram line.",
                "The Green Civic party also won 21 of the 41 seats on the city council, giving Marlow a majority. Turnout reached 61 percent.",
                "She will be sworn in at the city hall on the first of next month.",
            ],
        ),
        (
            "Record turnout as Castrel ousts two-term mayor",
            [
                "Voters in Castrel turned out in the largest numbers in two decades on Sunday to replace mayor Teodor Brandt with the Green Civic candidate, Ines Marlow.",
                "The city's election office said 61 percent of registered voters cast a ballot. Marlow's share, 54 percent, was the largest for any Castrel mayor since 1998.",
                "Analysts said anger over bus fare rises had hurt Brandt.",
            ],
        ),
    ],
    real=[
        (
            "fresh-brief",
            "City elects new mayor\n\nA former transport engineer was elected mayor on Sunday with 54 percent of the vote, ending the two-term rule of the incumbent, who took 39 percent. Turnout, at 61 percent, was the highest in twenty years. The winner has promised free buses for schoolchildren and a tram line to the east of the city.\n",
        ),
        (
            "fresh-east",
            "Eastern estates hope the tram finally comes\n\nIn the tower blocks at the end of the number 9 bus route, people have heard promises of a tram before. On Monday, the morning after the vote, shop owner Farid Osei said he would believe it when he saw the rails. 'But she won big here,' he said. 'Now she owes us.'\n",
        ),
        (
            "fresh-union",
            "Union party asks what went wrong\n\nLeaders of the Union party met on Monday to pick over Sunday's defeat in Castrel, where the party lost the mayor's office it had held for eight years. Several councillors blamed last year's bus fare rise. The outgoing mayor said he would stay on as a councillor.\n",
        ),
        (
            "fresh-results",
            "Results: Castrel mayor\n\nMarlow (Green Civic) 54.1%\nBrandt (Union) 39.2%\nKovac (Liberal) 3.6%\nStenlund (Independent) 2.0%\nAbeyta (Pensioners) 1.1%\n\nTurnout: 61.3%. Council: Green Civic 21, Union 15, Liberal 3, others 2.\n",
        ),
    ],
    off=[
        (
            "fresh-othertown",
            "Dorsey re-elected mayor of Lindqvist\n\nMayor Paul Dorsey of the Union party won a third term in Lindqvist on Sunday with 51 percent of the vote, beating the Liberal challenger Mira Haddad. Turnout was 48 percent. Dorsey promised to finish the new harbour bridge before the end of his term.\n",
        ),
        (
            "fresh-byelection",
            "Liberals hold Wexmoor seat in by-election\n\nThe Liberal party held the Wexmoor seat in parliament in Sunday's by-election, with its candidate Ruth Ebbesen taking 46 percent. Turnout fell to 38 percent. The vote followed the death of the long-serving member Harald Quist in the spring.\n",
        ),
        (
            "fresh-poll",
            "Poll puts Union party ahead nationally\n\nThe Union party leads the Green Civic party by four points ahead of next year's general election, according to a survey by the Norrland Institute published on Monday. Thirty percent of voters said they were undecided. The poll questioned 2,000 adults last week.\n",
        ),
        (
            "fresh-runoff",
            "Tervala mayor's race heads to runoff\n\nNo candidate won a majority in Sunday's election for mayor of Tervala, and the two leaders, Anselm Grieg of the Pensioners and Dora Lindahl of the Green Civic party, will meet in a runoff in two weeks. Grieg took 41 percent, Lindahl 37 percent.\n",
        ),
    ],
)

STORIES["storm"] = dict(
    base=[
        (
            "Storm Gwendel kills two, cuts power to 80,000 in Norhaven",
            [
                "LISSPORT, Norhaven (Coast Wire) - Storm Gwendel battered the Norhaven coast on Tuesday with winds of up to 150 km/h, killing two people and leaving about 80,000 homes without power, the national weather office said.",
                "A man died when a tree fell on his car near Lissport, and a woman was swept from a sea wall at Kettering Point.",
                "The harbour at Lissport flooded at high tide, and ferries to the Aran isles were cancelled.",
            ],
        ),
        (
            "Lissport clears up after Gwendel floods harbour",
            [
                "Residents of Lissport spent Wednesday pumping water from shops and cellars after Storm Gwendel drove the sea over the harbour wall.",
                "The Norhaven power company said 80,000 customers lost electricity at the storm's height and about 30,000 were still cut off on Wednesday morning.",
                "Mayor Colm Arden said the storm was the worst to hit the town since 1987.",
            ],
        ),
        (
            "Two dead as Storm Gwendel lashes Norhaven",
            [
                "Two people were killed as Storm Gwendel swept across Norhaven on Tuesday, police said.",
                "Gusts reached 150 km/h at Kettering Point, the weather office said, and rail services on the coast line were suspended after trees fell on the tracks.",
                "The Norhaven power company said crews were working to restore supplies to 80,000 homes.",
            ],
        ),
        (
            "Gwendel's toll: flooding, fallen trees and a town without light",
            [
                "Storm Gwendel left a trail of fallen trees and flooded streets along the Norhaven coast, with Lissport the hardest hit.",
                "Mayor Colm Arden asked the government for emergency funds to repair the harbour wall. The weather office said Gwendel was moving north and weakening.",
                "Ferries to the Aran isles were expected to resume on Thursday.",
            ],
        ),
    ],
    real=[
        (
            "fresh-brief",
            "Storm kills two\n\nTwo people died and about 80,000 homes lost power on Tuesday as a storm with winds of up to 150 km/h struck the coast. A driver was killed by a falling tree and a woman was swept off a sea wall. A harbour flooded at high tide, and ferries and coastal trains were halted.\n",
        ),
        (
            "fresh-cellar",
            "Bailing out the bakery\n\nAt five on Wednesday morning Maeve Donnelly was up to her knees in seawater in the bakery her grandfather opened. 'The flour is gone, the ovens are fine,' she said. Neighbours formed a chain with buckets until the fire brigade's pump arrived. Down the street the chemist's windows had blown in.\n",
        ),
        (
            "fresh-rail",
            "Coast line reopens after storm\n\nTrains resumed on the coast line on Thursday after crews cleared seventeen trees that fell across the tracks during Tuesday's storm, the rail operator said. Services between Lissport and the north will run a reduced timetable until the weekend while signals are repaired.\n",
        ),
        (
            "fresh-liveblog",
            "LIVE: Storm Gwendel\n\n16:10 - Weather office issues red warning for the coast.\n\n17:45 - Gust of 150 km/h recorded at Kettering Point.\n\n18:30 - Harbour wall overtopped. Sea in the streets.\n\n19:05 - Power company: 80,000 homes without electricity.\n\n21:40 - Police confirm two deaths.\n",
        ),
    ],
    off=[
        (
            "fresh-otherstorm",
            "Storm Hollis floods Varenne valley\n\nStorm Hollis brought torrential rain to the Varenne valley on Tuesday, flooding 400 homes in the town of Saint-Orme and forcing the closure of the main road to the border. No deaths were reported. The regional prefect said the river had risen two metres in six hours.\n",
        ),
        (
            "fresh-tornado",
            "Tornado tears roofs off Pellham farms\n\nA tornado cut a path through farmland near Pellham on Wednesday, ripping the roofs off barns and overturning a grain lorry. The driver was taken to hospital with cuts. Farmers said the funnel cloud lasted less than ten minutes. About 2,000 homes briefly lost power.\n",
        ),
        (
            "fresh-anniversary",
            "Ten years after Storm Edda, Marrin still rebuilds\n\nA decade after Storm Edda flooded the fishing town of Marrin and killed five people, its sea defences are still unfinished. Residents marked the anniversary on Wednesday with a service at the harbour. The council says the new wall will be complete in two years.\n",
        ),
        (
            "fresh-forecast",
            "Weekend forecast: calmer, then more rain\n\nAfter a wild week, the weekend should bring lighter winds and some sunshine on Saturday, forecasters said on Thursday. Another band of rain is expected to reach the west on Sunday night, with gusts of up to 70 km/h on exposed hills. Temperatures will stay near the seasonal average.\n",
        ),
    ],
)

STORIES["marathon"] = dict(
    base=[
        (
            "Kesi Abena breaks Ardmouth Marathon record",
            [
                "ARDMOUTH (Sport Wire) - Kesi Abena won the Ardmouth Marathon on Sunday in 2:04:31, breaking the course record by 48 seconds.",
                "Abena, 26, pulled away from the leading group at the 35-kilometre mark on the climb over Cable Hill and finished 40 seconds ahead of compatriot Dawit Meron.",
                "The women's race was won by Liesel Brandauer in 2:21:09.",
            ],
        ),
        (
            "Abena storms clear on Cable Hill to win in Ardmouth",
            [
                "Kesi Abena made his decisive move on Cable Hill to win the Ardmouth Marathon, setting a course record of 2:04:31.",
                "Dawit Meron was second and last year's winner, Tomas Kralik, third. About 38,000 runners started the race on the seafront.",
                "Liesel Brandauer took the women's title in 2:21:09.",
            ],
        ),
        (
            "Record-breaker Abena eyes world title",
            [
                "After winning the Ardmouth Marathon in a course record on Sunday, Kesi Abena said he would now aim for the world championships in August.",
                "'The hill is where I prepared to win,' Abena said after crossing the line in 2:04:31, 40 seconds clear of Dawit Meron.",
                "Organisers said 38,000 runners had started, a record field for Ardmouth.",
            ],
        ),
        (
            "Brandauer and Abena win in Ardmouth",
            [
                "Liesel Brandauer won the women's race at the Ardmouth Marathon on Sunday in 2:21:09, while Kesi Abena took the men's in a course record.",
                "Brandauer, running her second marathon, broke away at halfway and won by more than a minute.",
                "Abena's 2:04:31 took 48 seconds off the record set in 2019.",
            ],
        ),
    ],
    real=[
        (
            "fresh-brief",
            "Course record in seaside marathon\n\nA 26-year-old won the marathon on Sunday in 2:04:31, cutting 48 seconds from the course record after breaking clear on the final big climb. His countryman was second, 40 seconds behind. The women's winner, in only her second marathon, finished in 2:21:09. A record 38,000 runners started.\n",
        ),
        (
            "fresh-club",
            "Harriers finish together, hand in hand\n\nFor the members of the Seafront Harriers, Sunday was not about records. Eleven of them ran the marathon together to raise money for the children's hospice, and they crossed the line hand in hand after five hours and two minutes. 'The hill nearly broke us,' said club captain June Okafor.\n",
        ),
        (
            "fresh-results",
            "Ardmouth Marathon: leading finishers\n\nMen: 1 K Abena 2:04:31 CR, 2 D Meron 2:05:11, 3 T Kralik 2:06:02.\n\nWomen: 1 L Brandauer 2:21:09, 2 A Sorvino 2:22:30, 3 M Teague 2:23:04.\n",
        ),
        (
            "fresh-medics",
            "Heat sends runners to medical tents\n\nMedical teams treated more than 300 runners for heat exhaustion during Sunday's marathon as temperatures on the seafront reached 24C by late morning, organisers said. Nine were taken to hospital and all were expected to recover. Extra water stations on the climb ran dry for a time.\n",
        ),
    ],
    off=[
        (
            "fresh-othermarathon",
            "Oyelaran wins Castelbrook Marathon\n\nSamuel Oyelaran won the Castelbrook Marathon on Sunday in 2:07:55, outsprinting Piet Vermaak in the final kilometre along the river. Hanna Lindgren won the women's race in 2:24:40. About 15,000 runners took part in cool, windy conditions.\n",
        ),
        (
            "fresh-halfmarathon",
            "Teenager wins Dorrel half marathon\n\nSeventeen-year-old Aida Kemboi won the Dorrel half marathon on Saturday in 1:09:12, the fastest time by a junior in the race's history. Her coach said she would not run a full marathon for several years. The men's race went to Luis Ferrant in 1:01:40.\n",
        ),
        (
            "fresh-doping",
            "Marathon runner banned for four years\n\nThe athletics integrity board on Monday banned marathon runner Victor Anselmi for four years after a banned blood booster was found in a sample taken in training. Anselmi, who won two city marathons last year, will lose both titles. He said he would appeal.\n",
        ),
        (
            "fresh-track",
            "Mbeki sets national 10,000m record\n\nJoseph Mbeki set a national record of 26:58.3 over 10,000 metres at the Harlow Games on Saturday evening, becoming the first runner from his country to break 27 minutes. He said he would move up to the marathon next spring.\n",
        ),
    ],
)

STORIES["results"] = dict(
    base=[
        (
            "Velantis Motors profit falls 18 percent, 2,000 jobs to go",
            [
                "STAVEN (Market Wire) - Velantis Motors said on Thursday its third-quarter net profit fell 18 percent to 1.2 billion crowns as sales of its petrol cars slumped, and announced 2,000 job cuts.",
                "Chief executive Dana Roslund said the cuts would fall mainly at the engine plant in Ostby over the next two years.",
                "Velantis shares fell 6 percent in Staven trading.",
            ],
        ),
        (
            "Velantis to cut 2,000 jobs as profit slides",
            [
                "Velantis Motors will cut 2,000 jobs, most of them at its Ostby engine works, after quarterly profit dropped to 1.2 billion crowns.",
                "Dana Roslund told analysts the carmaker would spend the savings on its electric models, whose sales rose 40 percent in the quarter.",
                "The metalworkers' union called the cuts 'a betrayal of Ostby'.",
            ],
        ),
        (
            "Ostby workers fear for future after Velantis cuts",
            [
                "Workers at the Velantis Motors engine plant in Ostby said on Thursday they feared for the town's future after the carmaker announced 2,000 job cuts.",
                "The plant employs about 5,000 people. Velantis reported an 18 percent fall in quarterly net profit, to 1.2 billion crowns.",
                "Roslund said the company would offer retraining for its electric battery plant.",
            ],
        ),
        (
            "Velantis shares drop 6 percent on profit warning",
            [
                "Shares in Velantis Motors fell 6 percent on Thursday after the carmaker reported lower quarterly profit and cut its forecast for the year.",
                "Net profit fell 18 percent to 1.2 billion crowns. Chief executive Dana Roslund said demand for petrol models would not recover.",
                "The company confirmed 2,000 job cuts.",
            ],
        ),
    ],
    real=[
        (
            "fresh-brief",
            "Carmaker to shed 2,000 jobs\n\nA carmaker said on Thursday it would cut 2,000 jobs, mostly at an engine plant, after its quarterly net profit fell 18 percent to 1.2 billion crowns. Sales of petrol cars slumped while electric models sold 40 percent more. Its shares fell 6 percent.\n",
        ),
        (
            "fresh-town",
            "A town that makes engines\n\nOSTBY - At the Bell and Anchor, across the road from the works gate, the talk on Thursday night was of nothing else. Machinist Gerd Holm, 31 years on the line, said his father built engines there too. 'They say retraining,' he said. 'Retraining for what, at 55?'\n",
        ),
        (
            "fresh-union",
            "Metalworkers threaten strike over Ostby cuts\n\nThe metalworkers' union said on Friday it would ballot members at Ostby for a strike unless the carmaker withdrew its plan to cut 2,000 jobs. Union leader Karin Vestby said the company had spent more on dividends than it would save from the cuts.\n",
        ),
        (
            "fresh-table",
            "Velantis Q3 in figures\n\nNet profit: 1.2 bn crowns (-18%)\nRevenue: 31.4 bn crowns (-5%)\nElectric car sales: +40%\nJob cuts: 2,000\nShare price: -6%\n",
        ),
    ],
    off=[
        (
            "fresh-othercarmaker",
            "Arkan Autos profit beats forecasts\n\nArkan Autos said on Thursday its quarterly net profit rose 12 percent to 3.4 billion crowns, helped by strong sales of its delivery vans. Chief executive Magnus Fahl raised the full-year forecast, and Arkan shares rose 4 percent in Staven.\n",
        ),
        (
            "fresh-bank",
            "Nordbank earnings slip on bad loans\n\nNordbank reported a 9 percent fall in third-quarter profit on Wednesday as it set aside more money for loans to struggling builders. Chief executive Linnea Asp said the bank would keep its dividend. The shares closed 1 percent lower.\n",
        ),
        (
            "fresh-jobcuts",
            "Steelmaker Rauhala to close Brekke mill\n\nRauhala Steel will close its Brekke mill next year with the loss of 900 jobs, the company said on Tuesday, blaming high energy prices. The steelworkers' union said it would fight the closure. The mill has made rails and beams since 1951.\n",
        ),
        (
            "fresh-retailer",
            "Homeware chain Lunde warns on Christmas\n\nThe homeware chain Lunde cut its profit forecast on Thursday, saying shoppers were holding back ahead of Christmas. Its shares fell 11 percent. The company said it would open fewer new stores next year.\n",
        ),
    ],
)

STORIES["farmers"] = dict(
    base=[
        (
            "Ten thousand farmers block Sarnova with tractors",
            [
                "SARNOVA (Capital Press) - About 10,000 farmers drove tractors into Sarnova on Wednesday and blocked Parliament Square to protest against a rise in the tax on farm diesel, police said.",
                "Piet Hollam, president of the Farmers' Federation, told the crowd the tax would 'finish off small farms'.",
                "Police said seven people were arrested after eggs and manure were thrown at the parliament building.",
            ],
        ),
        (
            "Tractors bring capital to standstill over diesel tax",
            [
                "Traffic in Sarnova came to a standstill on Wednesday as farmers protesting against higher taxes on farm diesel parked hundreds of tractors across the city's main avenues.",
                "The Farmers' Federation said 15,000 people took part; police put the number at 10,000.",
                "Agriculture minister Sofie Lind said she would meet the federation's leaders on Friday.",
            ],
        ),
        (
            "Minister to meet farmers after Sarnova protest",
            [
                "Agriculture minister Sofie Lind agreed on Wednesday to meet leaders of the Farmers' Federation after tens of thousands of farmers protested in Sarnova.",
                "Federation president Piet Hollam said the diesel tax rise, due in January, would cost an average farm 4,000 crowns a year.",
                "Seven protesters were arrested in clashes outside parliament, police said.",
            ],
        ),
        (
            "Manure and eggs at parliament as farmers' anger boils over",
            [
                "Farmers threw eggs and manure at the parliament building in Sarnova on Wednesday in a protest against the diesel tax that drew about 10,000 people.",
                "Police detained seven people. Piet Hollam of the Farmers' Federation condemned the violence but said farmers had been 'pushed to the edge'.",
                "The tractors began leaving the city in the evening.",
            ],
        ),
    ],
    real=[
        (
            "fresh-brief",
            "Farmers protest diesel tax\n\nThousands of farmers drove their tractors into the capital on Wednesday and blocked the square outside parliament in protest at a rise in the tax on farm diesel. Police said about 10,000 took part and seven were arrested after eggs and manure were thrown. The agriculture minister will meet their leaders on Friday.\n",
        ),
        (
            "fresh-convoy",
            "Up before dawn, on the road by five\n\nDairy farmer Britt Aalto left her farm in the hills at five on Wednesday morning, in a convoy of forty tractors from her valley. It took them six hours to reach the city. 'Diesel is our biggest bill after feed,' she said from the cab. 'Another rise and we sell the herd.'\n",
        ),
        (
            "fresh-commuters",
            "Commuters walk as tractors fill the avenues\n\nBus services in the city centre were suspended for most of Wednesday as tractors filled the main avenues. Office workers walked for an hour or more. The transport authority said trams ran only in the suburbs until the farmers left in the evening.\n",
        ),
        (
            "fresh-opposition",
            "Opposition backs farmers' demand\n\nThe opposition Rural party on Wednesday called on the government to scrap the January rise in the farm diesel tax, saying the protest in Sarnova showed 'the countryside has had enough'. The party's leader, Henrik Dahl, joined farmers in Parliament Square in the afternoon.\n",
        ),
    ],
    off=[
        (
            "fresh-teachers",
            "Teachers march in Belgrave over class sizes\n\nSeveral thousand teachers marched through Belgrave on Wednesday to demand smaller classes and more support staff, their union said. Police estimated 4,000 marchers. The education minister said there was no money for new hiring this year. The march ended peacefully at the town hall.\n",
        ),
        (
            "fresh-neighbour",
            "Farmers block border crossings in Kastria\n\nFarmers in neighbouring Kastria blocked three border crossings with tractors on Tuesday in protest against cheap grain imports, causing lorry queues of up to 20 km. Their association said the blockade would last 48 hours. Kastria's government said it would seek talks.\n",
        ),
        (
            "fresh-taxis",
            "Taxi drivers go slow on ring road\n\nHundreds of taxi drivers drove at walking pace on the Mirren ring road on Thursday morning in protest against ride-hailing apps, causing jams of several kilometres. Police said the protest was peaceful. Drivers want a cap on app licences.\n",
        ),
        (
            "fresh-climate",
            "Students strike for the climate\n\nThousands of school students skipped classes on Friday to march through Orlen calling for faster cuts in carbon emissions. Organisers said 20,000 took part. Speakers urged the city to close its coal-fired power station by 2030.\n",
        ),
    ],
)
