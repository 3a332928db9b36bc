"""A third set of invented multi-outlet folders for the disagreement stage, written and
labelled before the engine read them, in the wordings of web news the two earlier sets
(:mod:`disagree_fresh_folders`) did not use.

Most are look-alikes a careful fact-checker would not call a disagreement: two figures of
two things told side by side, a figure of two periods, an estimate and the later count, an
update ("rose to"), a range and a point inside it, a rounded figure beside the exact one, a
part and its whole, a planned and an actual day, two people of one surname, a correction the
outlet prints itself, a claim quoted and disputed by the same outlet, a local time and the
same moment in UTC, and figures of several roles (a target and what was raised, a limit and
a speed, a high and a low). A few are real conflicts, worded as the web words them. A
look-alike's label is ``None``; a conflict's label is the two values a fact-checker would set
against each other, as either outlet writes them.

Every place, person, outlet and event is invented.
"""

from __future__ import annotations

from disagree_fresh_folders import Folder

LOOKALIKES: tuple[Folder, ...] = (
    Folder(
        "a target and the amount raised",
        None,
        (
            """Appeal for Dunmore library passes $4 million

DUNMORE, Oct. 2 (Meridian Press) — An appeal to rebuild the fire-damaged Dunmore library has raised $4.2 million, its organisers said on Thursday.

The appeal's target is $5 million, which would pay for the building and its first year of books.

"We are nearly there," said appeal chair Orla Fenwick.
""",
            """Dunmore library appeal closes in on goal

By Tom Rasker, Harlow Herald

Donors have given $4.2 million towards a new Dunmore library, organisers said.

Chair Orla Fenwick said the appeal hoped to reach its $5 million goal by Christmas.

The old library burned down in March.
""",
            """Library fund grows

(Coastline Daily) The fund to rebuild Dunmore's library now stands at more than $4 million, with $800,000 still to find, organisers said on Thursday.
""",
        ),
    ),
    Folder(
        "a month's fall and a quarter's fall",
        None,
        (
            """Kessick car sales slide

KESSICK, April 9 (Meridian Press) — New car sales in Kessick fell 8 percent in March from a year earlier, the dealers' association said on Wednesday.

Over the first quarter as a whole, sales were down 3 percent.

The association blamed higher loan rates.
""",
            """Car buyers stay away in March

By Nina Holm, Valemont Courier

Sales of new cars in Kessick dropped 8 percent last month compared with March last year, dealers said.

The fall was the steepest since the summer of 2024, the association said.
""",
            """First-quarter car sales down 3%

(Northgate Post) Kessick dealers sold 3 percent fewer new cars in the first three months of the year than a year before, their association said.
""",
        ),
    ),
    Folder(
        "a first estimate and a later survey",
        None,
        (
            """Survey finds 412 homes damaged by Orrin hail

ORRIN, July 20 (Meridian Press) — A survey by county inspectors found 412 homes damaged by Tuesday's hailstorm in Orrin, the county said on Friday.

Officials had first estimated that about 300 homes were hit.

Most of the damage was to roofs and windows.
""",
            """Orrin hail damage worse than first thought

By Ada Krall, Harlow Herald

County inspectors counted 412 damaged homes after the hailstorm that hit Orrin on Tuesday.

The county's first estimate on Wednesday was 300 homes.
""",
            """Hail claims open in Orrin

(Coastline Daily) Residents of some 300 homes in Orrin have filed insurance claims after Tuesday's hailstorm, an insurers' group said on Thursday.
""",
        ),
    ),
    Folder(
        "a toll that rose during the day",
        None,
        (
            """Toll in Vessby mine collapse rises to 17

VESSBY, Feb. 11 (Meridian Press) — The death toll from the collapse of a coal mine in Vessby rose to 17 on Tuesday, up from 11 on Monday night, the mining ministry said.

Rescuers were still searching for four miners.
""",
            """Vessby mine collapse kills 11

By Pál Doran, Valemont Courier (published Monday)

At least 11 miners were killed when part of a coal mine in Vessby collapsed on Monday, the mining ministry said.

Rescue teams were working through the night.
""",
            """Vessby mine: 17 dead, four missing

(Northgate Post) Seventeen miners died in Monday's collapse at the Vessby coal mine, the ministry said on Tuesday, and four are missing.
""",
        ),
    ),
    Folder(
        "a range and a count inside it",
        None,
        (
            """Lenning factory to cut jobs

LENNING, May 6 (Meridian Press) — The Halberg paper mill in Lenning will cut between 40 and 60 jobs this year, the company said on Tuesday.

Union leader Karl Mesch said the cuts were "a blow to the town".
""",
            """Halberg mill confirms 52 job cuts

By Ute Lind, Harlow Herald

The Halberg paper mill in Lenning said on Thursday it would cut 52 jobs, after earlier saying between 40 and 60 posts were at risk.

The mill employs 310 people.
""",
            """Mill job cuts upset Lenning

(Coastline Daily) Workers at the Halberg mill in Lenning learned on Thursday that 52 of them would lose their jobs.
""",
        ),
    ),
    Folder(
        "a rounded count of volunteers and the exact one",
        None,
        (
            """Volunteers clear Marrow beach

MARROW, Sept. 14 (Meridian Press) — About 200 volunteers turned out on Saturday to clear plastic from Marrow beach, organisers said.

They collected more than two tonnes of rubbish.
""",
            """212 volunteers clean up Marrow beach

By Ewa Tarn, Valemont Courier

A total of 212 volunteers signed in at the Marrow beach clean-up on Saturday, organiser Jan Brekke said.

"It is the biggest turnout we have had," Brekke said.
""",
            """Beach clean-up draws crowd

(Northgate Post) Some 200 people helped clear Marrow beach on Saturday.
""",
        ),
    ),
    Folder(
        "children among the passengers of a bus",
        None,
        (
            """Bus overturns near Calder, injuring 23

CALDER, March 2 (Meridian Press) — A bus carrying 41 passengers overturned on the Calder ring road on Sunday, injuring 23 of them, police said.

Nine of the injured were children, police said.
""",
            """Calder bus crash: nine children hurt

By Lars Vey, Harlow Herald

Nine children were among those hurt when a coach overturned near Calder on Sunday.

The coach was taking a school choir home from a festival.
""",
            """Coach overturns on Calder ring road

(Coastline Daily) Twenty-three people were injured when a coach with 41 people aboard rolled over on the Calder ring road, police said on Sunday.
""",
        ),
    ),
    Folder(
        "a planned opening day and the actual one",
        None,
        (
            """Tessaly bridge opens a week late

TESSALY, May 10 (Meridian Press) — The new footbridge over the Tessaly river opened on Saturday, May 10, a week later than planned.

The bridge had been due to open on May 3, but railings failed a safety check, the city said.
""",
            """Footbridge finally opens

By Mira Dahl, Valemont Courier

Tessaly's new river footbridge was opened to the public on May 10.

Its opening had been scheduled for May 3.
""",
            """Tessaly footbridge open

(Northgate Post) Walkers crossed the new Tessaly footbridge for the first time on Saturday, May 10.
""",
        ),
    ),
    Folder(
        "a mayor and her son of one surname",
        None,
        (
            """Mayor's son charged after Brask crash

BRASK, Nov. 3 (Meridian Press) — Erik Voss, 34, the son of Brask mayor Lena Voss, was charged on Monday with dangerous driving after a crash that injured two cyclists.

Mayor Voss, 61, said she would not comment on the case.
""",
            """Brask mayor's son faces charge

By Ola Strand, Harlow Herald

Police charged Erik Voss, 34, with dangerous driving on Monday.

His mother, Lena Voss, has been mayor of Brask since 2019.
""",
            """Mayor Voss silent on son's charge

(Coastline Daily) Brask mayor Lena Voss, 61, declined to comment on Monday after her son was charged over a crash.
""",
        ),
    ),
    Folder(
        "an outlet correcting its own figure",
        None,
        (
            """Fourteen hurt in Ardent ferry fall

ARDENT, June 22 (Meridian Press) — Fourteen passengers were injured when a gangway collapsed as the ferry docked in Ardent on Sunday, the port authority said.

Correction: An earlier version of this story said 40 passengers were injured. The port authority said 14 were.
""",
            """Gangway collapse injures 14 in Ardent

By Rune Falk, Valemont Courier

A gangway gave way under passengers leaving a ferry in Ardent on Sunday, injuring 14, the port authority said.

The ferry operator said the gangway was two years old.
""",
            """Ardent gangway inquiry

(Northgate Post) The port authority in Ardent will investigate Sunday's gangway collapse, in which 14 people were injured.
""",
        ),
    ),
    Folder(
        "a company's figure the outlet disputes",
        None,
        (
            """Records show 85 workers sickened at Orvane plant

ORVANE, Aug. 8 (Meridian Press) — At least 85 workers fell ill after a chemical leak at the Tarsen plant in Orvane last week, according to clinic records seen by Meridian Press.

The company has said that only 20 workers were affected.

A Tarsen spokesman did not respond to a request for comment.
""",
            """Tarsen leak sickened 85, clinic records show

By Hanne Vik, Harlow Herald

Clinic records show 85 workers at the Tarsen plant in Orvane were treated after last week's chemical leak.

Tarsen has put the number at 20, a figure the union calls "a fiction".
""",
            """Union demands inquiry into Orvane leak

(Coastline Daily) The union at the Tarsen plant in Orvane called on Friday for an inquiry into last week's leak.
""",
        ),
    ),
    Folder(
        "a quake's local time and its UTC time",
        None,
        (
            """Quake rattles Kesslar coast

KESSLAR, Jan. 30 (Meridian Press) — An earthquake of magnitude 5.8 struck off the Kesslar coast at 3:15 a.m. local time on Thursday, the geological survey said.

There were no reports of damage.
""",
            """Magnitude 5.8 quake off Kesslar

By Ivo Brand, Valemont Courier

A magnitude 5.8 earthquake hit off Kesslar at 0015 GMT on Thursday, the geological survey said.

Residents said plates fell from shelves.
""",
            """Kesslar quake wakes residents

(Northgate Post) A 5.8-magnitude quake struck off Kesslar early on Thursday, waking residents along the coast.
""",
        ),
    ),
    Folder(
        "a year built and a year renovated",
        None,
        (
            """Orrin stadium roof leaks again

ORRIN, Oct. 18 (Meridian Press) — Rain poured through the roof of the Orrin stadium on Saturday, the third leak this year.

The stadium, built in 1962, was last renovated in 1998.
""",
            """Fans soaked at Orrin stadium

By Leah Cole, Harlow Herald

Fans were soaked when the roof of the 1962 Orrin stadium leaked during Saturday's match.

The club says the roof has not been replaced since a 1998 renovation.
""",
        ),
    ),
    Folder(
        "a coach's age and years in charge",
        None,
        (
            """Kessick coach steps down

KESSICK, Dec. 2 (Meridian Press) — Ragna Hale, 58, who has coached the Kessick rowing club for 12 years, will step down at the end of the season, the club said.

She led the club to three national titles.
""",
            """Hale to leave Kessick rowing club

By Sven Aro, Valemont Courier

Ragna Hale will leave the Kessick rowing club after 12 years as its head coach, the club said on Tuesday.

Hale, 58, said she wanted to spend more time with her family.
""",
        ),
    ),
    Folder(
        "a turnout as a share and as a count",
        None,
        (
            """Tarrow votes on new harbour

TARROW, March 16 (Meridian Press) — Turnout in Tarrow's harbour referendum on Sunday was 64 percent, the election office said.

Voters backed the plan by 58 percent to 42 percent.
""",
            """Harbour plan wins Tarrow vote

By Ella Munk, Harlow Herald

About 31,000 of Tarrow's 48,000 voters took part in Sunday's referendum, which approved the new harbour, officials said.

The harbour is expected to cost $140 million.
""",
            """Tarrow says yes to harbour

(Coastline Daily) Fifty-eight percent of voters in Tarrow approved the new harbour on Sunday.
""",
        ),
    ),
    Folder(
        "two chambers' votes on one bill",
        None,
        (
            """Orland parliament passes water bill

ORLAND, Feb. 26 (Meridian Press) — Orland's lower house passed the water bill 231 to 198 on Tuesday, two weeks after the senate approved it 52 to 47.

The bill now goes to the president.
""",
            """Water bill clears last hurdle

By Arne Lund, Valemont Courier

The lower house of Orland's parliament voted 231-198 on Tuesday to pass the water bill.

"This is a good day for farmers," said deputy Mona Kjell.
""",
            """Senate passes water bill

(Northgate Post, Feb. 12) Orland's senate voted 52-47 on Wednesday to approve the water bill, sending it to the lower house.
""",
        ),
    ),
    Folder(
        "the seriously injured among the injured",
        None,
        (
            """Twenty-two hurt in Brannock tram crash

BRANNOCK, April 1 (Meridian Press) — Twenty-two people were injured, seven of them seriously, when two trams collided in central Brannock on Monday, the fire service said.

The cause of the crash was not known.
""",
            """Brannock tram collision: seven seriously hurt

By Dana Roth, Harlow Herald

Seven people were seriously injured when two trams collided in Brannock on Monday, the fire service said.

Tram services were stopped for the rest of the day.
""",
            """Trams collide in Brannock

(Coastline Daily) Two trams collided on Monday in Brannock, injuring 22 people, the fire service said.
""",
        ),
    ),
    Folder(
        "a flood's toll and an earlier flood's",
        None,
        (
            """Eight dead in Velden floods

VELDEN, Sept. 5 (Meridian Press) — Floods in the Velden valley killed eight people on Thursday, the regional government said.

The valley's worst flood, in 2009, killed 31 people.
""",
            """Velden valley flooding kills eight

By Ines Moor, Valemont Courier

Eight people died as rivers burst their banks in the Velden valley on Thursday, officials said.

Residents recalled the 2009 flood that killed 31.
""",
            """Velden clean-up begins

(Northgate Post) The clean-up began in the Velden valley on Friday after floods that killed eight people.
""",
        ),
    ),
    Folder(
        "two ticket prices",
        None,
        (
            """Lakeside festival tickets go on sale

ARDENT, Jan. 14 (Meridian Press) — Tickets for the Ardent Lakeside Festival went on sale on Tuesday at $45 a day, organisers said.

VIP tickets cost $120 a day.
""",
            """Ardent festival tickets on sale

By Kai Berg, Harlow Herald

Day tickets for this summer's Lakeside Festival in Ardent cost $45, organisers said.

A weekend pass costs $110.
""",
        ),
    ),
    Folder(
        "when a fire started and when it was put out",
        None,
        (
            """Fire guts Calder warehouse

CALDER, Aug. 30 (Meridian Press) — A fire broke out at a furniture warehouse in Calder at about 2 a.m. on Friday and was brought under control at 6 a.m., the fire service said.

No one was hurt.
""",
            """Calder warehouse destroyed by fire

By Lotta Sand, Valemont Courier

Firefighters brought a blaze at a Calder furniture warehouse under control at 6 a.m. on Friday, four hours after it started.

The cause is being investigated.
""",
            """Warehouse blaze in Calder

(Northgate Post) A fire that started at 2 a.m. destroyed a furniture warehouse in Calder on Friday.
""",
        ),
    ),
    Folder(
        "a speed limit and a driver's speed",
        None,
        (
            """Driver was doing 90 in a 50 zone, court told

VESSBY, Nov. 19 (Meridian Press) — A driver who hit a pedestrian in Vessby was travelling at 90 km/h, the court heard on Tuesday.

The speed limit on the road is 50 km/h.
""",
            """Vessby driver sped at 90 km/h

By Timo Haas, Harlow Herald

Prosecutors said Mikael Brun, 27, was driving at 90 km/h on a road where the limit is 50 km/h when he struck a pedestrian.

Brun denies dangerous driving.
""",
        ),
    ),
    Folder(
        "arrests on one day and arrests in all",
        None,
        (
            """Twelve more arrested over Kessick riots

KESSICK, July 7 (Meridian Press) — Police arrested 12 more people on Friday over last week's riots in Kessick, bringing the total number of arrests to 30.

Most of those held are under 25, police said.
""",
            """Kessick riot arrests reach 30

By Maja Ekel, Valemont Courier

Thirty people have now been arrested over the Kessick riots, police said on Friday.

Twelve were detained in dawn raids on Friday.
""",
            """Kessick police make more riot arrests

(Coastline Daily) Police in Kessick arrested 12 people on Friday over the riots.
""",
        ),
    ),
    Folder(
        "a victim's age and a suspect's age",
        None,
        (
            """Man charged over Orvik stabbing

ORVIK, Oct. 27 (Meridian Press) — A 20-year-old man was charged on Sunday with stabbing a 19-year-old student outside an Orvik bar, police said.

The student is in a stable condition.
""",
            """Student stabbed outside Orvik bar

By Elin Kross, Harlow Herald

A student, 19, was stabbed outside a bar in Orvik early on Saturday, police said.

A 20-year-old man was later charged with attempted murder.
""",
        ),
    ),
    Folder(
        "a summit's height and where climbers were",
        None,
        (
            """Two climbers rescued on Mount Harrow

HARROW, Aug. 3 (Meridian Press) — Two climbers were rescued by helicopter from Mount Harrow on Saturday after one broke a leg at 3,800 metres, mountain rescue said.

The mountain is 4,200 metres high.
""",
            """Helicopter plucks climbers off Harrow

By Bo Lindqvist, Valemont Courier

A helicopter lifted two climbers off the 4,200-metre Mount Harrow on Saturday, mountain rescue said.

One had broken his leg in a fall at about 3,800 metres.
""",
        ),
    ),
    Folder(
        "talks resuming and the last round",
        None,
        (
            """Orland and Vessmark to resume border talks

ORLAND, June 3 (Meridian Press) — Orland and Vessmark will resume border talks on June 12, the foreign ministry said on Tuesday.

The last round, on May 30, ended without agreement.
""",
            """Border talks to restart on June 12

By Sara Fell, Harlow Herald

Talks between Orland and Vessmark on their border will restart on June 12, officials said.

Talks broke down on May 30.
""",
            """Orland, Vessmark set date for talks

(Coastline Daily) Farmers on both sides of the disputed Orland-Vessmark border said on Tuesday they hoped the round of talks opening on June 12 would settle who may graze the upland meadows.

"We have waited eleven years," said herder Ruth Ambrose.
""",
        ),
    ),
    Folder(
        "a day's high and the night's low",
        None,
        (
            """Heat wave bakes Tarrow

TARROW, July 15 (Meridian Press) — Temperatures in Tarrow reached 41C on Monday, the weather service said, and did not fall below 28C overnight.

The city opened cooling centres in its libraries.
""",
            """Tarrow swelters at 41C

By Agnes Holt, Valemont Courier

Tarrow recorded a high of 41C on Monday, the weather service said.

The overnight low of 28C was a record for July.
""",
        ),
    ),
    Folder(
        "a dozen and twelve",
        None,
        (
            """Dozen boats sunk in Marrow harbour storm

MARROW, Nov. 9 (Meridian Press) — A dozen fishing boats sank in Marrow harbour when a storm hit the coast on Saturday night, the harbour master said.

No one was aboard.
""",
            """Storm sinks 12 boats in Marrow

By Per Unn, Harlow Herald

Twelve fishing boats went down in Marrow harbour during Saturday's storm, harbour master Gunn Eide said.

Waves of up to six metres hit the harbour wall.
""",
        ),
    ),
    Folder(
        "this year's budget and last year's",
        None,
        (
            """Dunmore raises school spending

DUNMORE, Feb. 4 (Meridian Press) — Dunmore's council approved a $3.1 billion budget for schools on Monday, up from $2.8 billion last year.

Most of the increase will go to teachers' pay.
""",
            """Dunmore school budget rises to $3.1 billion

By Knut Vang, Valemont Courier

Dunmore will spend $3.1 billion on its schools this year, the council decided on Monday.

Last year's school budget was $2.8 billion.
""",
            """Teachers welcome Dunmore budget

(Northgate Post) The teachers' union welcomed Dunmore's $3.1 billion school budget on Monday.
""",
        ),
    ),
    Folder(
        "a city's population and its metropolitan area's",
        None,
        (
            """Lenning gets its first metro line

LENNING, Sept. 1 (Meridian Press) — Lenning, a city of 240,000 people, opened its first metro line on Sunday.

The line will serve a metropolitan area of 1.1 million.
""",
            """Metro opens in Lenning

By Ylva Rask, Harlow Herald

The first metro line in Lenning opened on Sunday, linking the centre with suburbs where most of the metropolitan area's 1.1 million people live.

The city itself has 240,000 residents.
""",
        ),
    ),
    Folder(
        "two of three suspects",
        None,
        (
            """Three charged over Orrin jewellery raid

ORRIN, March 21 (Meridian Press) — Three men were charged on Friday over a raid on a jewellery shop in Orrin, police said.

Two of them were remanded in custody.
""",
            """Orrin jewellery raid: three charged

By Helge Fors, Valemont Courier

Police charged three men over the Orrin jewellery shop raid on Friday.

Two were remanded in custody and the third was released on bail.
""",
            """Two remanded over Orrin raid

(Coastline Daily) Two men were remanded in custody on Friday over the raid on an Orrin jewellery shop.
""",
        ),
    ),
    Folder(
        "an annual salary and a monthly one",
        None,
        (
            """Brask nurses win pay rise

BRASK, May 28 (Meridian Press) — Nurses in Brask will earn $62,400 a year under a deal agreed on Wednesday, the union said.

That is $5,200 a month, up from $4,800.
""",
            """Brask nurses accept deal

By Liv Dahl, Harlow Herald

Nurses in Brask accepted a pay deal on Wednesday that raises their monthly pay to $5,200.

The union had asked for $5,500 a month.
""",
        ),
    ),
    Folder(
        "a score at half-time, after 90 minutes and after extra time",
        None,
        (
            """Kessick win cup after extra time

KESSICK, May 18 (Meridian Press) — Kessick beat Orland City 3-2 after extra time to win the cup on Saturday.

The score was 1-1 at half-time and 2-2 after 90 minutes.
""",
            """Extra-time winner gives Kessick the cup

By Mats Ring, Valemont Courier

Ivar Holm scored in the 112th minute as Kessick won the cup final 3-2 against Orland City on Saturday.

Orland City led 2-1 with ten minutes left.
""",
            """Cup goes to Kessick

(Northgate Post) Kessick won the cup on Saturday, beating Orland City 3-2.
""",
        ),
    ),
    Folder(
        "a ship's length and how many it carries",
        None,
        (
            """New ferry arrives in Ardent

ARDENT, April 12 (Meridian Press) — The new ferry Storfjell, 135 metres long, arrived in Ardent on Friday.

It can carry 600 passengers and 200 cars.
""",
            """Ardent welcomes ferry Storfjell

By Eva Nord, Harlow Herald

The 135-metre Storfjell, which carries up to 600 passengers, docked in Ardent for the first time on Friday.

It will start sailing to Velden in May.
""",
        ),
    ),
    Folder(
        "an appeal's two figures by one union",
        None,
        (
            """Vessby teachers strike over pay

VESSBY, Jan. 22 (Meridian Press) — About 4,000 teachers in Vessby went on strike on Wednesday, the teachers' union said.

Police put the number at a rally in the city centre at 1,500.
""",
            """Vessby teachers walk out

By Alma Frey, Valemont Courier

Some 4,000 teachers stopped work in Vessby on Wednesday, according to their union.

About 1,500 of them marched to the city hall, police said.
""",
            """Schools shut in Vessby strike

(Northgate Post) Most schools in Vessby were shut on Wednesday as about 4,000 teachers went on strike.
""",
        ),
    ),
    Folder(
        "a sentence given and the time served",
        None,
        (
            """Former Orvik treasurer jailed

ORVIK, Oct. 10 (Meridian Press) — Former Orvik town treasurer Rolf Anker was sentenced on Thursday to six years in prison for stealing $1.3 million from the town.

He must serve at least four years before he can be released, the judge said.
""",
            """Orvik ex-treasurer gets six years

By Gerd Lie, Harlow Herald

A judge sentenced former treasurer Rolf Anker to six years for taking $1.3 million of Orvik's money.

Anker, 63, will be eligible for parole after four years.
""",
            """Anker jailed for theft

(Coastline Daily) Rolf Anker, the former treasurer of Orvik, was jailed for six years on Thursday.
""",
        ),
    ),
    Folder(
        "a price rise in cents and in percent",
        None,
        (
            """Tarrow bus fares to rise

TARROW, Nov. 27 (Meridian Press) — Bus fares in Tarrow will rise by 20 cents to $2.70 on Jan. 1, the transport authority said.

That is a rise of 8 percent.
""",
            """Tarrow bus fare goes up 8%

By Oda Sten, Valemont Courier

A single bus ticket in Tarrow will cost $2.70 from Jan. 1, up from $2.50, the transport authority said.

Monthly passes will rise to $75.
""",
        ),
    ),
    Folder(
        "an aid pledge and the first payment",
        None,
        (
            """Vessmark pledges $50 million for Velden flood relief

VELDEN, Sept. 12 (Meridian Press) — Vessmark pledged $50 million on Thursday to help the Velden valley recover from floods, with a first $10 million to be paid this month.

The floods killed eight people.
""",
            """Vessmark aid for Velden

By Jon Eker, Harlow Herald

Vessmark will give $50 million in flood aid to Velden, its foreign minister said on Thursday.

The first payment, of $10 million, will reach the valley within weeks.
""",
        ),
    ),
    Folder(
        "a storm's forecast landfall and its actual one",
        None,
        (
            """Storm Idun makes landfall near Marrow

MARROW, Oct. 5 (Meridian Press) — Storm Idun came ashore near Marrow at 11 p.m. on Saturday, two hours earlier than forecast, the weather service said.

Forecasters had expected it to make landfall at about 1 a.m. on Sunday.
""",
            """Idun hits Marrow coast

By Tove Ask, Valemont Courier

Storm Idun made landfall near Marrow at 11 p.m. on Saturday, the weather service said.

More than 20,000 homes lost power.
""",
            """Marrow braces for Idun

(Northgate Post, Oct. 4) Storm Idun is expected to reach the coast near Marrow at about 1 a.m. on Sunday, forecasters said.
""",
        ),
    ),
    Folder(
        "a company's staff worldwide and at one plant",
        None,
        (
            """Halberg to close Calder plant

CALDER, March 11 (Meridian Press) — Halberg will close its Calder plant next year, cutting 420 jobs, the company said on Tuesday.

Halberg employs 9,000 people worldwide.
""",
            """Calder plant closure to cost 420 jobs

By Pia Lund, Harlow Herald

All 420 workers at Halberg's Calder plant will lose their jobs when it closes next year, the company said.

The firm, which has 9,000 staff in 14 countries, said demand had fallen.
""",
            """Halberg closing Calder site

(Coastline Daily) Halberg said on Tuesday it would shut its Calder site in 2027.
""",
        ),
    ),
)

CONFLICTS: tuple[Folder, ...] = (
    Folder(
        "a mine toll told two ways on one day",
        ("14", "19"),
        (
            """Fourteen killed in Brannock mine blast

BRANNOCK, Dec. 9 (Meridian Press) — An explosion in a coal mine near Brannock killed 14 miners on Monday, the mining ministry said.

Rescuers brought 40 miners to the surface.
""",
            """Brannock mine explosion kills 19

By Ilse Tveit, Valemont Courier

An explosion in a coal mine near Brannock killed 19 miners on Monday, the mining ministry said.

The mine had been fined for safety breaches last year.
""",
            """Blast at Brannock mine

(Northgate Post) An explosion ripped through a coal mine near Brannock on Monday.
""",
        ),
    ),
    Folder(
        "a driver's age told two ways",
        ("43", "47"),
        (
            """Lorry driver held after Orrin crash

ORRIN, Aug. 19 (Meridian Press) — Police arrested the driver of a lorry that crashed into a bus shelter in Orrin on Monday.

The driver, 43, was held on suspicion of drink-driving, police said.
""",
            """Orrin lorry crash: driver arrested

By Nils Gran, Harlow Herald

A 47-year-old lorry driver was arrested after his lorry hit a bus shelter in Orrin on Monday, police said.

Two people waiting at the shelter were hurt.
""",
        ),
    ),
    Folder(
        "a fine's size told two ways",
        ("$2.5 million", "$4 million"),
        (
            """Tarsen fined over Orvane leak

ORVANE, Nov. 14 (Meridian Press) — The chemicals firm Tarsen was fined $2.5 million on Thursday over a leak at its Orvane plant that sickened workers, the environment agency said.

Tarsen said it would not appeal.
""",
            """Orvane leak costs Tarsen $4 million fine

By Hanne Vik, Valemont Courier

The environment agency fined Tarsen $4 million on Thursday over the leak at its Orvane plant.

The union called the fine "too little, too late".
""",
        ),
    ),
    Folder(
        "a clock time of one collapse",
        ("4:20", "5:40"),
        (
            """Roof collapses at Kessick market

KESSICK, Feb. 2 (Meridian Press) — The roof of Kessick's covered market collapsed under heavy snow at 4:20 a.m. on Sunday, the fire service said.

No one was inside.
""",
            """Snow brings down Kessick market roof

By Frida Moe, Harlow Herald

The snow-laden roof of the covered market in Kessick fell in at 5:40 a.m. on Sunday, the fire service said.

Traders said they had warned about the roof for years.
""",
        ),
    ),
    Folder(
        "arrests at one protest told two ways",
        ("23", "31"),
        (
            """Police arrest 23 at Lenning protest

LENNING, April 26 (Meridian Press) — Police arrested 23 people at a protest against the new motorway in Lenning on Saturday, a police spokesman said.

About 2,000 people took part.
""",
            """Lenning motorway protest: 31 arrested

By Stig Aas, Valemont Courier

Police arrested 31 people at Saturday's protest against the Lenning motorway, a police spokesman said.

Protesters blocked the building site for three hours.
""",
            """Motorway protest in Lenning

(Coastline Daily) Thousands protested against the new motorway in Lenning on Saturday.
""",
        ),
    ),
    Folder(
        "a council approving and rejecting one plan",
        ("approved", "rejected"),
        (
            """Dunmore council approves wind farm

DUNMORE, June 17 (Meridian Press) — Dunmore's county council approved plans for a 30-turbine wind farm on Harlow Hill on Tuesday.

Residents had gathered 3,000 signatures against it.
""",
            """Wind farm plan rejected in Dunmore

By Jorun Bakke, Harlow Herald

Dunmore's county council rejected plans for a 30-turbine wind farm on Harlow Hill on Tuesday.

The developer said it would consider an appeal.
""",
        ),
    ),
    Folder(
        "a bridge's opening year told two ways",
        ("1962", "1968"),
        (
            """Orland bridge to close for repairs

ORLAND, Jan. 6 (Meridian Press) — The Orland harbour bridge, which opened in 1962, will close for six months of repairs from March, the city said.

About 40,000 vehicles cross it each day.
""",
            """Harbour bridge repairs announced

By Geir Tun, Valemont Courier

Orland's harbour bridge, which opened in 1968, will shut for repairs for six months from March, city officials said.

Buses will be diverted over the river crossing.
""",
        ),
    ),
    Folder(
        "the day of one explosion told two ways",
        ("March 4", "March 6"),
        (
            """Blast at Velden refinery

VELDEN, March 8 (Meridian Press) — Investigators have begun work at the Velden refinery, where an explosion on March 4 injured five workers.

The refinery has been shut since the blast.
""",
            """Velden refinery blast under investigation

By Kari Sol, Harlow Herald

Inspectors are examining the Velden refinery after an explosion there on March 6 injured five workers.

The owner said the cause was not yet known.
""",
        ),
    ),
)

#: Written after the first set had been run and its false alarms fixed, before the engine
#: read these: hours of the clock given alone (which the first set's fixes taught the
#: engine to read as clock times), two zones, two sources' claims, an age then and now.
SECOND_LOOKALIKES: tuple[Folder, ...] = (
    Folder(
        "a kick-off and the gates opening",
        None,
        (
            """Orrin derby moved to Friday night

ORRIN, Sept. 8 (Meridian Press) — The Orrin derby will kick off at 8 p.m. on Friday, the league said, after police asked for the match to be moved.

Gates will open at 6 p.m.
""",
            """Derby date set

By Rolf Dahl, Harlow Herald

Friday's Orrin derby kicks off at 8 p.m., the league said on Monday.

Fans are asked to arrive early, as the gates open at 6 p.m. and searches will be strict.
""",
        ),
    ),
    Folder(
        "one moment in two time zones, hours alone",
        None,
        (
            """Velden launch set for Thursday

VELDEN, March 3 (Meridian Press) — The Velden space agency will launch its first weather satellite at 9 p.m. ET on Thursday, the agency said.

The launch was delayed twice last year.
""",
            """Velden satellite launch Thursday

By Anja Holt, Valemont Courier

Velden's first weather satellite is due to lift off at 6 p.m. PT on Thursday, the space agency said.

It will circle the earth every 100 minutes.
""",
        ),
    ),
    Folder(
        "polls opening and closing",
        None,
        (
            """Tarrow votes for a new mayor

TARROW, Nov. 2 (Meridian Press) — Polls opened at 7 a.m. on Sunday in Tarrow's mayoral election and will close at 8 p.m., the election office said.

Four candidates are standing.
""",
            """Tarrow polls close at 8

By Siri Lund, Harlow Herald

Voting in the Tarrow mayoral election ends at 8 p.m. on Sunday, the election office said.

Results are expected by midnight.
""",
        ),
    ),
    Folder(
        "a ministry's toll and the rebels' toll",
        None,
        (
            """Fighting in Marsk kills 40, ministry says

MARSK, June 9 (Meridian Press) — Fighting between the army and rebels around Marsk killed 40 people on Sunday, the health ministry said.

The rebels said the army had shelled a market.
""",
            """Rebels say 120 killed in Marsk shelling

By Omar Sayed, Valemont Courier

Rebels said 120 civilians were killed when the army shelled a market near Marsk on Sunday.

The figure could not be independently confirmed.
""",
        ),
    ),
    Folder(
        "an age at the time of a crime and now",
        None,
        (
            """Man jailed for 2019 Brask arson

BRASK, Feb. 19 (Meridian Press) — A man who set fire to a Brask school in 2019 when he was 17 was jailed for five years on Tuesday.

Jonas Mark, now 24, admitted arson last month.
""",
            """Brask school arsonist jailed

By Vera Krag, Harlow Herald

Jonas Mark, 24, was jailed for five years on Tuesday for setting fire to a Brask school.

He was 17 when he started the fire.
""",
        ),
    ),
    Folder(
        "nearly three hundred and the exact count",
        None,
        (
            """Ardent ferry strike strands travellers

ARDENT, Aug. 1 (Meridian Press) — Nearly 300 travellers were stranded in Ardent on Friday when ferry crews walked out, the port said.

The strike is due to last two days.
""",
            """297 stranded as ferry crews strike

By Lars Ek, Valemont Courier

A total of 297 travellers were stranded at Ardent port on Friday by a ferry crews' strike, the port said.

Hotels in the town were full by the evening.
""",
        ),
    ),
    Folder(
        "a floor and a count above it",
        None,
        (
            """Storm cuts power to Kessick homes

KESSICK, Dec. 14 (Meridian Press) — More than 100 homes in Kessick lost power when a storm brought down lines on Saturday, the grid operator said.

Crews expected to restore power by Sunday.
""",
            """Kessick storm: 150 homes without power

By Tove Berg, Harlow Herald

About 150 homes in Kessick were left without power on Saturday after the storm brought down lines, the grid operator said.

Two roads were closed by fallen trees.
""",
        ),
    ),
    Folder(
        "a sum in two currencies",
        None,
        (
            """Halberg buys Vessmark rival

CALDER, July 22 (Meridian Press) — Halberg will buy its Vessmark rival Norda for $1.6 billion, the companies said on Tuesday.

The deal needs approval from regulators.
""",
            """Halberg agrees Norda deal

By Ida Moen, Valemont Courier

Halberg agreed on Tuesday to buy Norda for 1.5 billion euros, the companies said.

Norda employs 3,000 people.
""",
        ),
    ),
    Folder(
        "a quarter's profit and a year's",
        None,
        (
            """Tarsen profit jumps

ORVANE, Feb. 5 (Meridian Press) — Tarsen made a profit of $310 million in the fourth quarter, up from $240 million a year earlier, the company said on Wednesday.

For the whole year it earned $1.1 billion.
""",
            """Tarsen earns $1.1 billion in 2025

By Nils Aas, Harlow Herald

The chemicals firm Tarsen earned $1.1 billion last year, it said on Wednesday.

Its fourth-quarter profit was $310 million.
""",
        ),
    ),
    Folder(
        "two spokesmen of two services",
        None,
        (
            """Gas blast wrecks Lenning flats

LENNING, Jan. 17 (Meridian Press) — A gas explosion wrecked a block of flats in Lenning on Friday, injuring six people, police spokesman Tom Reed said.

Fire service spokesman Jon Hale said the block would be pulled down.
""",
            """Lenning gas blast injures six

By Eva Strand, Valemont Courier

Six people were hurt when gas exploded in a Lenning block of flats on Friday, police spokesman Tom Reed said.

The block cannot be saved, a fire service spokesman said.
""",
        ),
    ),
    Folder(
        "a third of the homes and the number flooded",
        None,
        (
            """Floods hit Dunmore village

DUNMORE, Oct. 30 (Meridian Press) — About a third of the 90 homes in the village of Elmsby, near Dunmore, were flooded on Wednesday, the county said.

Residents were moved to the village hall.
""",
            """Elmsby flooding: 30 homes hit

By Kari Lie, Harlow Herald

Thirty homes were flooded in Elmsby, near Dunmore, on Wednesday, the county said.

The river rose a metre in three hours.
""",
        ),
    ),
    Folder(
        "a train's departure and its arrival",
        None,
        (
            """Night train to return to Orland

ORLAND, April 4 (Meridian Press) — A night train between Orland and Velden will run again from June, leaving Orland at 10 p.m. and reaching Velden at 7 a.m., the rail company said.

The service was cut in 2020.
""",
            """Orland-Velden sleeper returns

By Jens Moe, Valemont Courier

The sleeper train from Orland to Velden will return in June, the rail company said, arriving in Velden at 7 a.m.

Tickets go on sale on Monday.
""",
        ),
    ),
)

SECOND_CONFLICTS: tuple[Folder, ...] = (
    Folder(
        "an hour of one blast told two ways",
        ("3 p.m.", "5 p.m."),
        (
            """Blast at Calder chemical store

CALDER, May 2 (Meridian Press) — An explosion struck a chemical store in Calder at 3 p.m. on Thursday, the fire service said.

Nobody was hurt.
""",
            """Calder chemical store explosion

By Mona Ruud, Harlow Herald

An explosion struck a chemical store in Calder at 5 p.m. on Thursday, the fire service said.

Nearby homes were evacuated for two hours.
""",
        ),
    ),
    Folder(
        "a jail term told two ways",
        ("five years", "seven years"),
        (
            """Orvik fraudster jailed

ORVIK, Sept. 19 (Meridian Press) — Former banker Karl Strom was sentenced to five years in prison on Friday for defrauding clients of $3 million.

The judge called the fraud "cold and careful".
""",
            """Banker Strom gets seven years

By Ina Fjell, Valemont Courier

Former banker Karl Strom was sentenced to seven years in prison on Friday for defrauding clients of $3 million.

Strom's lawyer said he would appeal.
""",
        ),
    ),
    Folder(
        "the stranded told two ways",
        ("214", "340"),
        (
            """Snow strands drivers on Harrow pass

HARROW, Jan. 9 (Meridian Press) — Snow stranded 214 drivers on the Harrow pass on Tuesday night, the road authority said.

They were given blankets and hot drinks.
""",
            """340 drivers stranded on Harrow pass

By Anne Vik, Harlow Herald

Snow stranded 340 drivers on the Harrow pass on Tuesday night, the road authority said.

Snowploughs reached them on Wednesday morning.
""",
        ),
    ),
)

ALL: tuple[Folder, ...] = LOOKALIKES + CONFLICTS + SECOND_LOOKALIKES + SECOND_CONFLICTS
