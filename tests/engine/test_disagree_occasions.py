"""One occasion (a coup, an interview, someone's appointment) dated a step apart by two
sources, each through its own word for it (:mod:`corroborate.engine.conflicts.story_occasions`).

Every folder here is five invented articles by five invented outlets about an invented
event; only the sentences a test sets differ."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from corroborate.engine import Analysis, analyze

MakeFolder = Callable[..., Path]

#: Five outlets' reports of a coup in the invented republic of Marovia: a title and
#: paragraphs each, the place a test's sentence goes marked ``{}``.
_COUP = (
    (
        "Marovia's neighbours close their borders",
        "Regional leaders agreed at an emergency meeting in Dravik to shut the frontier with "
        "Marovia until civilian rule returns.",
        "{}",
        "The regional bank froze the accounts of the Marovian treasury on Monday.",
    ),
    (
        "Junta in Marovia promises elections",
        "The officers now running Marovia said they would hand over power within a year.",
        "{}",
        "Shops in the capital, Selt, reopened after three days of curfew.",
    ),
    (
        "Marovian farmers fear for the harvest",
        "Grain growers along the Usk valley say fuel shortages could ruin the season.",
        "{}",
        "Diesel prices have doubled since the border closed, traders said.",
    ),
    (
        "Analysis: what the Marovia crisis means for the region",
        "Diplomats in Dravik expect the sanctions to bite within weeks.",
        "{}",
        "Most of Marovia's imports cross the northern frontier by road.",
    ),
    (
        "Marovia's deposed leader speaks from exile",
        "Former president Ilan Oster said from Kestra that he still considers himself the "
        "lawful head of state.",
        "{}",
        "He urged the officers to release his ministers.",
    ),
)

#: Five outlets' reports of a singer's remarks in an interview, as :data:`_COUP`.
_INTERVIEW = (
    (
        "Singer Tova Lind apologises for remarks",
        "The folk singer Tova Lind said on Saturday she regretted comments about the festival "
        "organisers.",
        "{}",
        "Her tour resumes next month in Harrow.",
    ),
    (
        "Tova Lind under fire from festival staff",
        "Workers at the Brennor folk festival wrote an open letter criticising the singer.",
        "{}",
        "The letter was signed by more than 40 staff members.",
    ),
    (
        "Festival organisers respond to Lind",
        "The Brennor festival board said it had paid every performer on time.",
        "{}",
        "The board published its accounts for the last three seasons.",
    ),
    (
        "Fans split over Lind's festival comments",
        "Online, listeners argued over whether the singer had a point about the fees.",
        "{}",
        "Some threatened to boycott her concerts.",
    ),
    (
        "Lind's label stands by her",
        "Her record company, Quayside Music, said it would not drop the singer.",
        "{}",
        "A new album is due in the spring.",
    ),
)

#: Five outlets' reports of a fire chief's dismissal, as :data:`_COUP`.
_CHIEF = (
    (
        "Orrin fire chief dismissed",
        "The city of Orrin dismissed its fire chief, Dana Kessler, after an audit of overtime "
        "payments.",
        "{}",
        "Deputy Chief Rolf Amsel will lead the department for now.",
    ),
    (
        "Audit finds overtime irregularities in Orrin",
        "Auditors found that overtime claims at the Orrin fire service had tripled in a year.",
        "{}",
        "The city council will debate the audit on Thursday.",
    ),
    (
        "Kessler says she will appeal",
        "The dismissed chief said through her lawyer that she had broken no rule.",
        "{}",
        "Her lawyer, Petra Vance, called the audit incomplete.",
    ),
    (
        "Firefighters' union welcomes audit",
        "The Orrin firefighters' union said its members had raised concerns for months.",
        "{}",
        "The union asked for a public hearing.",
    ),
    (
        "What happens next for Orrin's fire service",
        "The city manager said a search for a permanent chief would begin soon.",
        "{}",
        "Applications will close at the end of the year.",
    ),
)

#: The sentence each article holds where its test sets none: a fact nobody disputes.
_PLAIN = "Officials gave no further details."


def _analysis(make_folder: MakeFolder, story: tuple, sentences: Mapping[int, str]) -> Analysis:
    """The five articles of ``story``, article ``i`` holding ``sentences[i]`` (others a
    plain sentence), analysed."""
    files = {}
    for i, (title, *paragraphs) in enumerate(story):
        body = "\n\n".join(p.format(sentences.get(i, _PLAIN)) for p in paragraphs)
        files[f"{i + 1:02d}-outlet.txt"] = f"{title}\n\n{body}\n"
    return analyze(make_folder(files))


def _dates(analysis: Analysis) -> list[str]:
    return [d.detail for d in analysis.disagreements if d.kind == "date"]


def _never_support(analysis: Analysis) -> None:
    """Each reported date conflict's two sentences never count as support for each other."""
    for d in analysis.disagreements:
        assert d.b not in analysis.corroboration(d.a)[1]


def test_a_coup_dated_a_day_apart_through_two_of_its_words_is_a_date_conflict(
    make_folder: MakeFolder,
) -> None:
    analysis = _analysis(
        make_folder,
        _COUP,
        {
            0: "Following the June 14 coup that ousted President Ilan Oster, the north of the "
            "country is in the hands of rebels.",
            1: "The soldiers who seized power in Selt on June 15 have closed the airport.",
        },
    )
    assert _dates(analysis) == ["June 14 / June 15"]
    _never_support(analysis)


def test_an_interview_given_two_weekdays_by_two_outlets_is_a_date_conflict(
    make_folder: MakeFolder,
) -> None:
    analysis = _analysis(
        make_folder,
        _INTERVIEW,
        {
            0: "Lind made the comments during an interview with Harbor Radio Wednesday about "
            "the pay of folk musicians.",
            2: "In a long discussion with the critic Mira Sollen on Friday, Lind spoke about "
            "the fees festivals pay.",
        },
    )
    assert _dates(analysis) == ["Wednesday / Friday"]
    _never_support(analysis)


def test_one_chiefs_hiring_told_a_month_apart_is_a_date_conflict(
    make_folder: MakeFolder,
) -> None:
    analysis = _analysis(
        make_folder,
        _CHIEF,
        {
            0: "Kessler was named Orrin fire chief in June 2016 after a long career in Dunmore.",
            3: "Kessler, hired in July to modernise the department, was popular with the crews.",
        },
    )
    assert _dates(analysis) == ["June 2016 / July"]
    _never_support(analysis)


def test_interviews_where_someone_said_something_are_many_and_never_compared(
    make_folder: MakeFolder,
) -> None:
    analysis = _analysis(
        make_folder,
        _INTERVIEW,
        {
            0: "Lind said in an interview Wednesday that the festival underpaid young acts.",
            2: "The singer told the Harrow Courier in an interview on Friday that she stood "
            "by her view of the fees.",
        },
    )
    assert _dates(analysis) == []


def test_a_day_before_the_interview_word_dates_another_act_not_the_interview(
    make_folder: MakeFolder,
) -> None:
    analysis = _analysis(
        make_folder,
        _INTERVIEW,
        {
            0: "Lind, who walked off the festival stage early Wednesday, has given her first "
            "interview to Harbor Radio.",
            2: "In an interview with Harbor Radio outside her home on Friday, Lind spoke about "
            "the fees festivals pay.",
        },
    )
    assert _dates(analysis) == []


def test_two_people_hired_in_two_months_are_two_hirings(make_folder: MakeFolder) -> None:
    analysis = _analysis(
        make_folder,
        _CHIEF,
        {
            0: "Amsel was named Orrin deputy chief in June 2016 after ten years as a captain.",
            3: "Kessler, hired in July to modernise the department, was popular with the crews.",
        },
    )
    assert _dates(analysis) == []


def test_a_second_coup_days_after_the_first_is_another_occasion(
    make_folder: MakeFolder,
) -> None:
    analysis = _analysis(
        make_folder,
        _COUP,
        {
            0: "Following the June 14 coup that ousted President Ilan Oster, the north of the "
            "country is in the hands of rebels.",
            1: "A second coup on June 15 put a rival group of colonels in charge of Selt.",
        },
    )
    assert _dates(analysis) == []


def test_a_story_giving_an_occasion_three_dates_tells_of_more_than_one(
    make_folder: MakeFolder,
) -> None:
    analysis = _analysis(
        make_folder,
        _INTERVIEW,
        {
            0: "Lind made the comments during an interview with Harbor Radio Wednesday about "
            "the pay of folk musicians.",
            2: "In a long discussion with the critic Mira Sollen on Friday, Lind spoke about "
            "the fees festivals pay.",
            4: "In a discussion with Quayside staff on Thursday, Lind repeated her view.",
        },
    )
    assert _dates(analysis) == []


def test_rebels_seizing_control_of_two_towns_on_two_days_are_two_seizures(
    make_folder: MakeFolder,
) -> None:
    analysis = _analysis(
        make_folder,
        _COUP,
        {
            0: "Rebels seized control of the river town of Amsk on June 14, residents said.",
            1: "Fighters seized control of the border post at Vell on June 15.",
        },
    )
    assert _dates(analysis) == []


def test_a_minister_ousted_from_his_party_a_day_after_the_coup_is_another_ousting(
    make_folder: MakeFolder,
) -> None:
    analysis = _analysis(
        make_folder,
        _COUP,
        {
            0: "Following the June 14 coup that ended civilian rule, the north of the country is "
            "in the hands of rebels.",
            1: "The former finance minister was ousted from the ruling party on June 15.",
        },
    )
    assert _dates(analysis) == []
