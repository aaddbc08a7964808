"""Stage 3 (time), end to end through the real spaCy model.

Every case is a short news-style sentence (or two or three, for anaphora and
event anchors), its publication date, the temporal expression to look at, and
the interval an analyst coding ACLED events would write down for it:
``(start, end, precision)`` as ISO dates, both ends inclusive, or ``None`` when
the expression must not be dated as a point (durations, ages, decades,
recurring times).

Conventions used where the ideal answer is open to argument (each case that
depends on one says so in a comment):

* "early / mid / late <month>" are thirds of the month: 1-10, 11-20, 21-end;
  the precision stays "month" (the unit the text names), the interval narrows.
* "early / mid / late <year>" likewise: Jan-Apr, May-Aug, Sep-Dec, precision
  "year".
* An event told in the past tense cannot be after publication, so "this week",
  "this month", "this year" end on the publication day.
* Counts of days and weeks are taken literally ("a week later" = 7 days, as in
  the brief's own example); counts of months from a day give the month, not a
  day ("six months later" does not mean to the day).
* Vague counts ("days later") give the window the words allow, with precision
  "week": plural "days" excludes the next day, and a gap of a week or more
  would be reported as "a week later".
"""
from __future__ import annotations

import datetime as dt

import pytest

import sitrep
from sitrep import dates
from sitrep.records import Interval

D = dt.date.fromisoformat


def C(id, text, published, expr, expected):
    """One table row: ``expected`` is (start, end, precision) or None."""
    return pytest.param(text, published, expr, expected, id=id)


# Publication days used below (weekday in the name where it matters):
WED = "2022-02-02"      # Wednesday
THU = "2022-02-03"      # Thursday
FRI = "2022-02-04"      # Friday
MON = "2022-01-31"      # Monday
TUE_MAR = "2022-03-01"  # Tuesday
MON_NY = "2022-01-03"   # Monday after New Year
TUE_NY = "2023-01-03"   # Tuesday after New Year
SUN = "2022-02-20"      # Sunday
SUN_MAR = "2024-03-10"  # Sunday
MON_MAR = "2024-03-11"  # Monday

CASES = [
    # ------------------------------------------------------------------ absolute: full dates
    C("abs-d-month-y", "Militants attacked a checkpoint in Kech on 25 January 2022, killing four soldiers.",
      WED, "25 January 2022", ("2022-01-25", "2022-01-25", "day")),
    C("abs-month-d-y", "Gunmen stormed a police post in Zamfara on January 25, 2022, officials said.",
      WED, "January 25, 2022", ("2022-01-25", "2022-01-25", "day")),
    C("abs-abbr-dot", "Security forces raided a compound in Kandahar on Jan. 25, the ministry said.",
      WED, "Jan. 25", ("2022-01-25", "2022-01-25", "day")),
    C("abs-ordinal", "Protesters marched through Khartoum on 3rd March, demanding civilian rule.",
      "2022-04-10", "3rd March", ("2022-03-03", "2022-03-03", "day")),
    C("abs-iso", "According to the incident log, the convoy was ambushed near Gao on 2022-02-02.",
      "2022-02-05", "2022-02-02", ("2022-02-02", "2022-02-02", "day")),
    C("abs-night-of", "Drones struck two towns in Tigray on the night of 25-26 January, aid workers said.",
      WED, "night of 25-26 January", ("2022-01-25", "2022-01-26", "day")),
    C("abs-between", "Heavy clashes were reported in Marib between 4 and 6 May, according to local sources.",
      "2022-05-20", "between 4 and 6 May", ("2022-05-04", "2022-05-06", "day")),
    C("abs-range-month-first", "Talks were held in Doha on March 1-3, 2021, without a breakthrough.",
      "2021-04-01", "March 1-3, 2021", ("2021-03-01", "2021-03-03", "day")),
    C("abs-weekday-date", "On Tuesday, March 1, rebels shelled the outskirts of Kharkiv.",
      "2022-03-05", "Tuesday, March 1", ("2022-03-01", "2022-03-01", "day")),
    C("abs-of-month", "Soldiers opened fire on mourners in Mandalay on the 1st of April 2021.",
      "2021-05-01", "1st of April 2021", ("2021-04-01", "2021-04-01", "day")),
    C("abs-sept-abbr", "Police arrested 40 demonstrators in Harare on Sept. 14, 2020.",
      "2020-09-20", "Sept. 14, 2020", ("2020-09-14", "2020-09-14", "day")),
    C("abs-modifier-date", "The Dec 5 bombing in Kabul killed 12 people, the ministry said.",
      "2021-12-10", "Dec 5", ("2021-12-05", "2021-12-05", "day")),
    C("abs-full-month-day-year-2", "Soldiers detained the prime minister in Khartoum on October 25, 2021.",
      "2021-11-01", "October 25, 2021", ("2021-10-25", "2021-10-25", "day")),
    C("abs-d-month-y-3", "Gunmen killed 11 miners near Bamako on 12 September 2019, police said.",
      "2019-09-15", "12 September 2019", ("2019-09-12", "2019-09-12", "day")),
    # Day of the month alone: in a report, "the 14th" is the 14th of the current
    # month (the publication month), unless that is still ahead.
    C("abs-day-of-month-only", "Police fired tear gas at students on the 14th, witnesses said.",
      "2022-03-20", "the 14th", ("2022-03-14", "2022-03-14", "day")),

    # ------------------------------------------------------------------ absolute: parts of months and years
    # Thirds of the month (1-10, 11-20, 21-end); the month stays the precision.
    C("abs-mid-month-year", "Fighting around Idlib intensified in mid-March 2020, monitors said.",
      "2020-05-01", "mid-March 2020", ("2020-03-11", "2020-03-20", "month")),
    C("abs-late-month", "Clashes displaced thousands of people in Jonglei in late June.",
      "2022-08-01", "late June", ("2022-06-21", "2022-06-30", "month")),
    C("abs-early-month", "Al-Shabaab fighters overran a base in Lower Shabelle in early March.",
      "2022-04-10", "early March", ("2022-03-01", "2022-03-10", "month")),
    C("abs-late-month-31", "Rebels blocked the road to Bangui in late October, traders said.",
      "2022-11-15", "late October", ("2022-10-21", "2022-10-31", "month")),
    # "the end of March" is the same window as "late March".
    C("abs-end-of-month", "The army withdrew from the town at the end of March 2021.",
      "2021-06-01", "end of March 2021", ("2021-03-21", "2021-03-31", "month")),
    # "the first week of March": days 1-7 of the month, precision week.
    C("abs-first-week-of", "Dozens of activists were arrested in the first week of March.",
      "2022-04-10", "first week of March", ("2022-03-01", "2022-03-07", "week")),
    # Thirds of the year (Jan-Apr, May-Aug, Sep-Dec), precision year: the whole
    # year would be honest but needlessly loose; the analyst wants the narrowing.
    C("abs-early-year", "The group began recruiting in northern Mozambique in early 2019.",
      WED, "early 2019", ("2019-01-01", "2019-04-30", "year")),
    C("abs-late-year", "Kidnappings on the Abuja-Kaduna highway surged in late 2020.",
      WED, "late 2020", ("2020-09-01", "2020-12-31", "year")),
    C("abs-mid-year", "The militia split in mid-2018 over the division of mining revenue.",
      WED, "mid-2018", ("2018-05-01", "2018-08-31", "year")),

    # ------------------------------------------------------------------ yearless dates: latest not after publication
    C("yl-across-new-year", "Gunmen killed three farmers in Benue on December 28, police said.",
      TUE_NY, "December 28", ("2022-12-28", "2022-12-28", "day")),
    C("yl-after-new-year", "A roadside bomb hit a bus near Quetta on January 2, officials said.",
      TUE_NY, "January 2", ("2023-01-02", "2023-01-02", "day")),
    C("yl-d-month-across-year", "Troops shelled the village on 25 December, residents said.",
      TUE_NY, "25 December", ("2022-12-25", "2022-12-25", "day")),
    C("yl-publication-day", "Protests spread to Almaty on 5 January as fuel prices soared.",
      "2022-01-05", "5 January", ("2022-01-05", "2022-01-05", "day")),
    C("yl-earlier-this-year", "An airstrike on October 30 destroyed a bridge near Mekelle.",
      "2022-11-15", "October 30", ("2022-10-30", "2022-10-30", "day")),
    C("yl-month-after-pub-day", "Militants ambushed a patrol near Mopti on 20 February.",
      WED, "20 February", ("2021-02-20", "2021-02-20", "day")),
    C("yl-month-prev-year", "The rebels first captured the town in November.",
      TUE_NY, "November", ("2022-11-01", "2022-11-30", "month")),
    C("yl-month-same-year", "The rebels besieged the city in February, cutting off food supplies.",
      "2022-11-15", "February", ("2022-02-01", "2022-02-28", "month")),
    C("yl-month-later-in-year", "In April, troops retook the airport from the rebels.",
      WED, "April", ("2021-04-01", "2021-04-30", "month")),
    # The latest 29 February not after 1 March 2021 is in 2020.
    C("yl-leap-day", "Rebels shot down a helicopter on February 29, the army admitted.",
      "2021-03-01", "February 29", ("2020-02-29", "2020-02-29", "day")),

    # ------------------------------------------------------------------ future tense: the next one
    C("fut-date", "The trial of the coup plotters will open on March 10, prosecutors said.",
      WED, "March 10", ("2022-03-10", "2022-03-10", "day")),
    C("fut-date-next-year", "Elections will be held on 15 January, the commission announced.",
      "2022-11-15", "15 January", ("2023-01-15", "2023-01-15", "day")),
    C("fut-month-next-year", "The peacekeeping mission will withdraw in January.",
      "2022-11-15", "January", ("2023-01-01", "2023-01-31", "month")),

    # ------------------------------------------------------------------ month + year
    C("my-full", "Russia launched its full-scale invasion of Ukraine in February 2022.",
      "2022-06-15", "February 2022", ("2022-02-01", "2022-02-28", "month")),
    C("my-abbr", "Rebels seized the border post at Beloko in Feb 2021.",
      WED, "Feb 2021", ("2021-02-01", "2021-02-28", "month")),
    C("my-of-year", "The junta dissolved parliament in September of 2017.",
      WED, "September of 2017", ("2017-09-01", "2017-09-30", "month")),
    C("my-leap-feb", "Militants overran an army base in Chinagodrar in February 2020.",
      WED, "February 2020", ("2020-02-01", "2020-02-29", "month")),
    C("my-last-year", "Rebels killed 30 villagers in June last year, survivors said.",
      "2022-03-10", "June last year", ("2021-06-01", "2021-06-30", "month")),
    C("my-of-this-year", "Militants attacked the mine in January of this year.",
      "2022-11-15", "January of this year", ("2022-01-01", "2022-01-31", "month")),
    # "last March" in a November article: the most recent March, of the same year.
    C("my-last-monthname", "The ceasefire collapsed last March after a string of ambushes.",
      "2022-11-15", "last March", ("2022-03-01", "2022-03-31", "month")),
    C("my-prev-year", "Protesters were shot dead in Omdurman in December 2021.",
      "2022-01-10", "December 2021", ("2021-12-01", "2021-12-31", "month")),
    C("my-comma", "In March, 2019, gunmen killed 160 villagers in Ogossagou.",
      WED, "March, 2019", ("2019-03-01", "2019-03-31", "month")),

    # ------------------------------------------------------------------ year alone
    C("yr-in", "The insurgency began in 2013 in the country's northeast.",
      WED, "2013", ("2013-01-01", "2013-12-31", "year")),
    # "since 2015" dates the start of the state of affairs: the year 2015.
    C("yr-since", "The region has been under a state of emergency since 2015.",
      WED, "since 2015", ("2015-01-01", "2015-12-31", "year")),
    C("yr-during", "More than 300 attacks on schools were recorded during 2020.",
      WED, "2020", ("2020-01-01", "2020-12-31", "year")),
    C("yr-modifier", "Survivors of the 2011 uprising gathered in Benghazi.",
      WED, "2011", ("2011-01-01", "2011-12-31", "year")),
    C("yr-1994", "The genocide in 1994 killed some 800,000 people.",
      WED, "1994", ("1994-01-01", "1994-12-31", "year")),

    # ------------------------------------------------------------------ weekdays, past tense
    C("wd-monday", "Gunmen attacked a market in Maiduguri on Monday, killing five people.",
      WED, "Monday", ("2022-01-31", "2022-01-31", "day")),
    C("wd-same-day", "Police dispersed protesters in Conakry on Wednesday.",
      WED, "Wednesday", ("2022-02-02", "2022-02-02", "day")),
    C("wd-thursday", "Rebels ambushed an army convoy on Thursday near Beni.",
      WED, "Thursday", ("2022-01-27", "2022-01-27", "day")),
    C("wd-late", "A car bomb exploded outside a hotel late Wednesday, police said.",
      THU, "late Wednesday", ("2022-02-02", "2022-02-03", "day")),
    C("wd-night", "Clashes erupted in Tripoli on Wednesday night, leaving two dead.",
      FRI, "Wednesday night", ("2022-02-02", "2022-02-03", "day")),
    C("wd-across-month", "Thousands rallied in Yangon on Sunday against the junta.",
      TUE_MAR, "Sunday", ("2022-02-27", "2022-02-27", "day")),
    C("wd-early", "Fighters attacked a checkpoint early Saturday, the army said.",
      MON, "early Saturday", ("2022-01-29", "2022-01-29", "day")),
    C("wd-morning", "A suicide bomber struck a mosque on Friday morning.",
      MON, "Friday morning", ("2022-01-28", "2022-01-28", "day")),
    C("wd-across-year", "Security forces killed two protesters on Thursday.",
      MON_NY, "Thursday", ("2021-12-30", "2021-12-30", "day")),
    C("wd-tuesday", "Soldiers stopped a convoy of aid trucks at the border on Tuesday.",
      FRI, "Tuesday", ("2022-02-01", "2022-02-01", "day")),
    # a verb joined to a past one shares its tense, whatever form the tagger gives it ("set" read as a base)
    C("wd-joined-past", "Bandits killed nine farmers and set their barns on fire on Saturday in Plateau state.",
      MON, "Saturday", ("2022-01-29", "2022-01-29", "day")),

    # ------------------------------------------------------------------ weekdays, future
    C("wdf-will", "Foreign ministers will meet on Friday in Addis Ababa.",
      WED, "Friday", ("2022-02-04", "2022-02-04", "day")),
    C("wdf-next-monday", "The president will travel to Kabul on Monday.",
      WED, "Monday", ("2022-02-07", "2022-02-07", "day")),
    # "is due to" and "is expected to" announce the future as surely as "will".
    C("wdf-due-to", "The court is due to rule on Friday on the detention of the opposition leader.",
      WED, "Friday", ("2022-02-04", "2022-02-04", "day")),
    C("wdf-expected-to", "Parliament is expected to vote on Tuesday on the emergency law.",
      WED, "Tuesday", ("2022-02-08", "2022-02-08", "day")),
    C("wdf-scheduled", "A second round of talks is scheduled for Thursday.",
      WED, "Thursday", ("2022-02-03", "2022-02-03", "day")),
    # the report's own weekday, told in the future, is that very day ("later on Wednesday"); a week on
    # is "next Wednesday"
    C("wdf-same-day", "The opposition leader is due to address the rally in the capital later on Wednesday.",
      WED, "Wednesday", ("2022-02-02", "2022-02-02", "day")),
    C("wdf-next-same-weekday", "The opposition will hold another rally in the capital next Wednesday.",
      WED, "next Wednesday", ("2022-02-09", "2022-02-09", "day")),

    # ------------------------------------------------------------------ deictic
    C("dx-yesterday", "Gunmen killed a local chief in Ituri yesterday, officials said.",
      WED, "yesterday", ("2022-02-01", "2022-02-01", "day")),
    C("dx-today", "Troops began withdrawing from the border town today.",
      WED, "today", ("2022-02-02", "2022-02-02", "day")),
    C("dx-last-night", "Rockets struck the airport in Erbil last night.",
      WED, "last night", ("2022-02-01", "2022-02-01", "day")),
    C("dx-overnight", "Fierce fighting raged overnight on the outskirts of Tripoli.",
      WED, "overnight", ("2022-02-01", "2022-02-02", "day")),
    C("dx-tomorrow", "Opposition parties will hold a rally in Dakar tomorrow.",
      WED, "tomorrow", ("2022-02-03", "2022-02-03", "day")),
    C("dx-this-morning", "A grenade exploded at a bus stop in Kampala this morning.",
      WED, "this morning", ("2022-02-02", "2022-02-02", "day")),
    C("dx-tonight", "The curfew will take effect in the capital tonight.",
      WED, "tonight", ("2022-02-02", "2022-02-02", "day")),
    C("dx-last-week", "Soldiers torched homes in the village last week, residents said.",
      WED, "last week", ("2022-01-24", "2022-01-30", "week")),
    # a weekday of the week named is that week's day, not the latest such weekday (SUN's Tuesday is the 15th)
    C("dx-weekday-last-week", "Raiders looted a grain store on Tuesday last week, farmers said.",
      SUN, "on Tuesday last week", ("2022-02-08", "2022-02-08", "day")),
    C("dx-weekday-evening-of-last-week", "A mob burned a bus depot on Friday evening of last week.",
      SUN, "on Friday evening of last week", ("2022-02-11", "2022-02-11", "day")),
    C("dx-last-week-across-year", "Police arrested 12 journalists last week.",
      MON_NY, "last week", ("2021-12-27", "2022-01-02", "week")),
    C("dx-last-week-on-sunday", "Militants burned two schools last week, the governor said.",
      SUN, "last week", ("2022-02-07", "2022-02-13", "week")),
    # Past tense: "this week" runs from Monday to the publication day.
    C("dx-this-week", "Militants have attacked three schools this week.",
      WED, "this week", ("2022-01-31", "2022-02-02", "week")),
    C("dx-earlier-this-week", "Earlier this week, police raided the party headquarters.",
      THU, "Earlier this week", ("2022-01-31", "2022-02-03", "week")),
    C("dx-next-week", "The envoy will visit Juba next week.",
      WED, "next week", ("2022-02-07", "2022-02-13", "week")),
    C("dx-last-month", "Thousands fled the fighting last month.",
      WED, "last month", ("2022-01-01", "2022-01-31", "month")),
    # its thirds, as of a named month (see module docstring)
    C("dx-late-last-month", "Herders clashed with farmers over grazing land late last month.",
      WED, "late last month", ("2022-01-21", "2022-01-31", "month")),
    C("dx-end-of-last-month", "The rebels seized a river port at the end of last month.",
      WED, "the end of last month", ("2022-01-21", "2022-01-31", "month")),
    C("dx-last-month-across-year", "Thousands fled the fighting in Cabo Delgado last month.",
      "2022-01-15", "last month", ("2021-12-01", "2021-12-31", "month")),
    C("dx-earlier-this-month", "Earlier this month, gunmen abducted 20 students.",
      SUN, "Earlier this month", ("2022-02-01", "2022-02-20", "month")),
    # Past tense: "this month" ends on the publication day.
    C("dx-this-month", "Five aid workers have been killed this month.",
      SUN, "this month", ("2022-02-01", "2022-02-20", "month")),
    C("dx-next-month", "Talks will resume in Geneva next month.",
      WED, "next month", ("2022-03-01", "2022-03-31", "month")),
    C("dx-last-year", "The group killed more than 200 civilians last year.",
      WED, "last year", ("2021-01-01", "2021-12-31", "year")),
    # Past tense: "this year" ends on the publication day.
    C("dx-this-year", "At least 40 journalists have been detained this year.",
      "2022-06-15", "this year", ("2022-01-01", "2022-06-15", "year")),
    C("dx-earlier-this-year", "Earlier this year the army retook Bentiu.",
      "2022-06-15", "Earlier this year", ("2022-01-01", "2022-06-15", "year")),
    C("dx-next-year", "Elections will be held next year, the junta said.",
      WED, "next year", ("2023-01-01", "2023-12-31", "year")),
    # Last third of the previous year, like "late 2020".
    C("dx-late-last-year", "The militia was formed late last year.",
      "2022-03-10", "late last year", ("2021-09-01", "2021-12-31", "year")),
    C("dx-two-days-ago", "Unidentified gunmen shot a village chief two days ago.",
      WED, "two days ago", ("2022-01-31", "2022-01-31", "day")),
    C("dx-a-week-ago", "The curfew was lifted a week ago.",
      WED, "a week ago", ("2022-01-26", "2022-01-26", "day")),
    # Counts of weeks taken literally (see module docstring): 21 days.
    C("dx-three-weeks-ago", "Rebels captured the town three weeks ago.",
      WED, "three weeks ago", ("2022-01-12", "2022-01-12", "day")),
    # "six months ago" is not to the day: the month.
    C("dx-six-months-ago", "The mine was seized by militiamen six months ago.",
      WED, "six months ago", ("2021-08-01", "2021-08-31", "month")),
    # Convention: "recent weeks" = the 30 days up to publication.
    C("dx-recent-weeks", "In recent weeks, armed men have attacked several convoys near Gao.",
      WED, "recent weeks", ("2022-01-03", "2022-02-02", "month")),
    # "recent days" is about a week, not a month.
    C("dx-recent-days", "In recent days, the army has shelled rebel positions near Idlib.",
      WED, "recent days", ("2022-01-26", "2022-02-02", "week")),
    # "the past week" is the seven days up to publication, not the previous
    # Monday-Sunday week ("last week").
    C("dx-past-week", "Over the past week, at least 20 people were killed in clashes.",
      WED, "the past week", ("2022-01-26", "2022-02-02", "week")),
    # "the past month" likewise is the month up to publication, not the calendar month before it
    C("dx-past-month", "Troops say they have killed 40 rebels in the hills over the past month.",
      SUN, "the past month", ("2022-01-20", "2022-02-20", "month")),
    C("dx-last-weekend", "Police clashed with football fans last weekend.",
      MON, "last weekend", ("2022-01-29", "2022-01-30", "day")),
    C("dx-over-the-weekend", "Rebels attacked two villages in North Kivu over the weekend.",
      MON, "the weekend", ("2022-01-29", "2022-01-30", "day")),
    # a weekend of last month is in that month, not the latest weekend
    C("dx-weekend-last-month", "Gunmen killed nine police officers in a single weekend last month.",
      WED, "a single weekend last month", ("2022-01-01", "2022-01-31", "month")),

    # ------------------------------------------------------------------ anaphoric: against the narrative's previous time
    C("an-a-week-later", "The ceasefire was signed on February 7. A week later fighting resumed.",
      TUE_MAR, "A week later", ("2022-02-14", "2022-02-14", "day")),
    C("an-six-months-later", "In May 2021 the talks began. Six months later they collapsed.",
      WED, "Six months later", ("2021-11-01", "2021-11-30", "month")),
    # From a day, "six months later" still only gives the month (not 7 August).
    C("an-six-months-later-from-day",
      "The ceasefire was signed on February 7, 2021. Six months later, fighting resumed in the north.",
      TUE_MAR, "Six months later", ("2021-08-01", "2021-08-31", "month")),
    # "days later": 2 to 7 days after, precision week (see module docstring).
    C("an-days-later", "Fighting broke out in Beni on March 3. Days later, the army sent reinforcements.",
      "2022-04-01", "Days later", ("2022-03-05", "2022-03-10", "week")),
    C("an-following-month",
      "The army retook the town on 12 April. The following month, rebels ambushed a convoy on the main road.",
      "2022-06-15", "The following month", ("2022-05-01", "2022-05-31", "month")),
    C("an-next-day",
      "Protesters gathered outside parliament on 5 June. The next day, police dispersed them with tear gas.",
      "2022-06-15", "The next day", ("2022-06-06", "2022-06-06", "day")),
    # a month told "that year" or "of the same year" (or "That August, …") is in the year the narrative
    # last told, not the one nearest the report
    C("an-day-that-year",
      "The junta seized power in May 2017. On August 9 that year, troops fired on striking miners.",
      WED, "August 9 that year", ("2017-08-09", "2017-08-09", "day")),
    C("an-month-of-the-same-year",
      "The ceasefire collapsed in 2015. In October of the same year, rebels shelled the port.",
      WED, "October", ("2015-10-01", "2015-10-31", "month")),
    C("an-that-month-opening",
      "The ceasefire collapsed in 2015. That October, rebels shelled the port.",
      WED, "October", ("2015-10-01", "2015-10-31", "month")),
    # "the day before", "the night before": one day back, as "the previous day" (not "days before")
    C("an-the-day-before",
      "Rangers said on 9 June that poachers had shot two rhinos near the river the day before.",
      "2022-06-15", "the day before", ("2022-06-08", "2022-06-08", "day")),
    # "earlier in the day": the day the narrative last told, not days before it
    C("an-earlier-in-the-day",
      "Troops sealed off the market on 9 June. A trader had been shot dead there earlier in the day.",
      "2022-06-15", "earlier in the day", ("2022-06-09", "2022-06-09", "day")),
    # "earlier in the week", "later in the month": the rest of the unit the story's time lies in, before or
    # after that time (with no time told before it, the report's day)
    C("an-earlier-in-the-week",
      "Kenya expelled two Somali envoys on Friday. Earlier in the week, Somalia had accused Kenya of meddling.",
      "2024-03-10", "Earlier in the week", ("2024-03-04", "2024-03-07", "week")),
    C("an-later-in-the-month",
      "Talks opened in Arusha on 12 May. Later in the month, the rebels walked out.",
      "2023-06-20", "Later in the month", ("2023-05-13", "2023-05-31", "month")),
    C("an-earlier-in-the-month-told-first",
      "Earlier in the month, the council banned rallies in the capital.",
      "2024-03-10", "Earlier in the month", ("2024-03-01", "2024-03-09", "month")),
    # "the previous weekend" of a Thursday: the Saturday and Sunday before it
    C("an-previous-weekend",
      "Calm returned to the camp on Thursday, 9 June. The previous weekend, a crowd had stormed the clinic.",
      "2022-06-15", "The previous weekend", ("2022-06-04", "2022-06-05", "day")),
    C("an-same-day",
      "A bomb exploded in a Mogadishu market on 5 June. On the same day, gunmen attacked a hotel in Kismayo.",
      "2022-06-15", "the same day", ("2022-06-05", "2022-06-05", "day")),
    C("an-two-years-later", "The group split in 2019. Two years later its leader was arrested in Niamey.",
      WED, "Two years later", ("2021-01-01", "2021-12-31", "year")),
    C("an-three-days-later", "Gunmen abducted 80 pupils on 11 March. Three days later, 30 were released.",
      "2022-04-01", "Three days later", ("2022-03-14", "2022-03-14", "day")),
    C("an-two-weeks-later", "A strike began at the port on 2 May. Two weeks later, workers clashed with police.",
      "2022-06-15", "Two weeks later", ("2022-05-16", "2022-05-16", "day")),
    C("an-following-week",
      "Talks opened in Nairobi on Monday, February 7. The following week, the rebels walked out.",
      TUE_MAR, "The following week", ("2022-02-14", "2022-02-20", "week")),
    C("an-previous-day", "Troops entered the town on 20 March. The previous day, rebels had burned the market.",
      "2022-04-01", "The previous day", ("2022-03-19", "2022-03-19", "day")),
    C("an-a-day-earlier", "Police arrested the suspect on 9 April. A day earlier, he had been filmed at the scene.",
      "2022-05-01", "A day earlier", ("2022-04-08", "2022-04-08", "day")),
    C("an-a-month-earlier",
      "The government declared a state of emergency in June 2020. A month earlier, protesters had blocked the highway.",
      WED, "A month earlier", ("2020-05-01", "2020-05-31", "month")),
    C("an-next-morning",
      "Rebels reached the outskirts of the city on 14 October. The next morning they shelled the airport.",
      "2022-11-15", "The next morning", ("2022-10-15", "2022-10-15", "day")),
    C("an-later-that-day",
      "Gunmen attacked a church in Owo on 5 June. Later that day, the governor imposed a curfew.",
      "2022-06-15", "Later that day", ("2022-06-05", "2022-06-05", "day")),
    # A chain: each relative time is against the one just before it.
    C("an-chain",
      "Clashes erupted in Kidal on 1 March. Two days later, the army withdrew. The next day, rebels entered the town.",
      "2022-04-01", "The next day", ("2022-03-04", "2022-03-04", "day")),
    C("an-after-weekday",
      "Gunmen attacked a convoy on Monday. Two days later, the army launched a search operation.",
      FRI, "Two days later", ("2022-02-02", "2022-02-02", "day")),
    C("an-following-year", "The rebels took Goma in 2012. The following year they were defeated.",
      WED, "The following year", ("2013-01-01", "2013-12-31", "year")),
    C("an-following-weekend",
      "Police closed the market on Wednesday, 9 March 2022. The following weekend, traders marched on the town hall.",
      "2022-03-20", "The following weekend", ("2022-03-12", "2022-03-13", "day")),

    # ------------------------------------------------------------------ event-anchored
    C("ev-kech",
      "Militants attacked a checkpoint in Kech on January 25. Three days after the attack in Kech, police raided an office.",
      WED, "Three days after the attack in Kech", ("2022-01-28", "2022-01-28", "day")),
    C("ev-before",
      "Militants attacked a checkpoint in Kech on January 25. Two days before the attack in Kech, police had received a warning.",
      WED, "Two days before the attack in Kech", ("2022-01-23", "2022-01-23", "day")),
    C("ev-mogadishu",
      "A car bomb exploded at a checkpoint in Mogadishu on 3 October. Two weeks after the bombing in Mogadishu, "
      "the government announced new security measures.",
      "2022-11-15", "Two weeks after the bombing in Mogadishu", ("2022-10-17", "2022-10-17", "day")),
    # The anchor is the sentence about Beni, not the nearer one about Goma.
    C("ev-skip-intervening",
      "Clashes erupted in Beni on 2 May. Separately, students marched in Goma on 6 May. "
      "A week after the clashes in Beni, the army deployed more troops.",
      "2022-06-15", "A week after the clashes in Beni", ("2022-05-09", "2022-05-09", "day")),
    C("ev-election",
      "The presidential election was held on 23 December. Four days after the election, opposition supporters "
      "clashed with police in Kinshasa.",
      TUE_NY, "Four days after the election", ("2022-12-27", "2022-12-27", "day")),
    C("ev-month-anchor",
      "Rebels seized the town of Bunagana in June 2022. Three months after the capture of Bunagana, "
      "the army launched a counteroffensive.",
      "2022-11-15", "Three months after the capture of Bunagana", ("2022-09-01", "2022-09-30", "month")),

    # an anchor whose sentence is dated by a telling, not the act: "one week after" it would fall past
    # the report's own day, so the expression is left unresolved, not dated in the future
    C("ev-anchor-past-publication",
      "The group posted a statement on Monday saying it ambushed a convoy near Kaya. "
      "The claim comes one week after the ambush near Kaya.",
      WED, "one week after the ambush", None),
    C("ev-anchor-past-publication-twin",
      "The group ambushed a convoy near Kaya on January 3. "
      "The claim comes one week after the ambush near Kaya.",
      WED, "one week after the ambush", ("2022-01-10", "2022-01-10", "day")),

    # ------------------------------------------------------------------ not points in time: must stay unresolved
    C("np-for-hours", "Gunmen held the passengers for three hours before releasing them.",
      WED, "for three hours", None),
    C("np-decades", "The region has been plagued by banditry for decades.",
      WED, "decades", None),
    C("np-past-few-years", "Attacks on health workers have risen over the past few years.",
      WED, "the past few years", None),
    C("np-1990s", "The militia was founded in the 1990s by former soldiers.",
      WED, "the 1990s", None),
    C("np-late-2000s", "Piracy off the coast of Somalia peaked in the late 2000s.",
      WED, "the late 2000s", None),
    C("np-age", "A 25-year-old man was shot dead at the checkpoint.",
      WED, "25-year-old", None),
    C("np-sentence", "The court sentenced the activist to three years in prison.",
      WED, "three years", None),
    C("np-two-day-strike", "Unions began a two-day strike over fuel prices.",
      WED, "two-day", None),
    C("np-every-friday", "Protesters have gathered every Friday outside the army headquarters.",
      WED, "every Friday", None),
    C("np-for-two-weeks", "The road to Mekelle was closed for two weeks.",
      WED, "for two weeks", None),
    C("np-past-two-years", "The conflict has displaced a million people over the past two years.",
      WED, "the past two years", None),
    C("np-a-decade", "The opposition leader spent a decade in exile.",
      WED, "a decade", None),
    # ---------------------------------------------- tense, deadlines, quarters and halves (issue 18)
    C("wd-past-sun", 'Rebels shelled the market on Saturday, killing three people, officials said on Sunday.',
      SUN_MAR, 'Saturday', ('2024-03-09', '2024-03-09', 'day')),
    C("wd-said-would", 'The ministry said on Saturday that it would reopen the border crossing.',
      SUN_MAR, 'Saturday', ('2024-03-09', '2024-03-09', 'day')),
    C("wd-future-next-day", 'The two foreign ministers will meet in Doha on Tuesday to discuss the ceasefire.',
      MON_MAR, 'Tuesday', ('2024-03-12', '2024-03-12', 'day')),
    C("wd-scheduled", 'A court in Lahore is scheduled to hear the case on Thursday.',
      MON_MAR, 'Thursday', ('2024-03-14', '2024-03-14', 'day')),
    C("wd-expected-friday", 'Voting is expected to begin on Friday in the northern provinces.',
      MON_MAR, 'Friday', ('2024-03-15', '2024-03-15', 'day')),
    C("last-month-planned", 'The march, planned since last April, drew thousands on Sunday.',
      SUN_MAR, 'last April', ('2023-04-01', '2023-04-30', 'month')),
    C("next-month-past-tense", 'Officials said the talks would resume next May.',
      SUN_MAR, 'next May', ('2024-05-01', '2024-05-31', 'month')),
    C("by-month-deadline", 'The government promised to pay the salaries by May.',
      SUN_MAR, 'May', ('2024-05-01', '2024-05-31', 'month')),
    C("deadline-noun", 'Rebels ignored the April 2 deadline to hand over their weapons, the army said.',
      SUN_MAR, 'April 2', ('2024-04-02', '2024-04-02', 'day')),
    C("payable", 'The compensation, payable Dec. 7, will go to the families of the victims.',
      SUN_MAR, 'Dec. 7', ('2024-12-07', '2024-12-07', 'day')),
    C("quarter", 'Attacks in the province rose sharply in the first quarter of 2023, the report said.',
      SUN_MAR, 'the first quarter of 2023', ('2023-01-01', '2023-03-31', 'month')),
    C("quarter-this-year", 'Exports fell in the fourth quarter, the central bank said.',
      SUN_MAR, 'the fourth quarter', ('2023-10-01', '2023-12-31', 'month')),
    C("half", 'More than 200 people were killed in the first half of 2023, the monitor said.',
      SUN_MAR, 'the first half of 2023', ('2023-01-01', '2023-06-30', 'month')),
    C("second-half-next", 'The army plans to withdraw its troops in the second half of next year.',
      SUN_MAR, 'the second half of next year', ('2025-07-01', '2025-12-31', 'month')),
    C("half-hour", 'More than 20 people were arrested in the first half hour of the march.',
      SUN_MAR, 'the first half', None),
    C("early-next-year", 'Elections are due early next year, the commission said.',
      SUN_MAR, 'early next year', ('2025-01-01', '2025-04-30', 'year')),
    C("duration", 'The curfew has been in place for three years, residents said.',
      SUN_MAR, 'three years', None),
    # a plan told in the past tense: the nearest such month, not the next one
    C("planned-past", 'The talks, which were planned for April, were held in May, the envoy said.',
      '2024-06-10', 'April', ('2024-04-01', '2024-04-30', 'month')),
    C("planned-past-held", 'The talks, which were planned for April, were held in May, the envoy said.',
      '2024-06-10', 'May', ('2024-05-01', '2024-05-31', 'month')),
    C("scheduled-past-ahead", 'The vote was scheduled for April, the commission said on Monday.',
      '2024-02-12', 'April', ('2024-04-01', '2024-04-30', 'month')),
    # a done act whose noun is the subject of a plan: its day is past, not the plan's next one
    C("killed-then-planning", 'The army said the three rebels killed on Friday were planning an attack on the base.',
      '2024-03-15', 'Friday', ('2024-03-15', '2024-03-15', 'day')),
    C("killed-then-had-planned", 'The army said the three rebels killed on Friday had been planning an attack on the base.',
      '2024-03-15', 'Friday', ('2024-03-15', '2024-03-15', 'day')),
    C("planned-for-friday", 'The talks planned for Friday were moved to a larger hall, officials said.',
      '2024-03-13', 'Friday', ('2024-03-15', '2024-03-15', 'day')),
]


# ---------------------------------------------------------------------- helpers

@pytest.fixture(scope="module")
def parse():
    """The real spaCy model, loaded once for this module; parses are memoised."""
    language = sitrep.default_pipeline().language
    memo: dict[str, object] = {}

    def _parse(text: str):
        if text not in memo:
            memo[text] = language.parse(text)
        return memo[text]

    return _parse


def _show(te) -> str:
    iv = te.interval
    if not iv.known:
        return f"{te.span.text!r} [{te.kind}] -> unresolved"
    return f"{te.span.text!r} [{te.kind}] -> {iv.start} .. {iv.end} ({iv.precision})"


def _time_of(times, text: str, expr: str):
    """The TimeExpr whose span overlaps ``expr`` most (None if none does)."""
    assert text.count(expr) == 1, f"the table is ambiguous: {expr!r} occurs {text.count(expr)} times"
    a = text.index(expr)
    b = a + len(expr)
    best, best_overlap = None, 0
    for te in times:
        overlap = min(b, te.span.end) - max(a, te.span.start)
        if overlap > best_overlap:
            best, best_overlap = te, overlap
    return best


# ---------------------------------------------------------------------- the table

def test_table_is_large_enough():
    assert len(CASES) >= 110
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expr, expected", CASES)
def test_expression(parse, text, published, expr, expected):
    doc = parse(text)
    pub, times = dates.resolve(doc, D(published))
    assert pub.date == D(published) and not pub.inferred
    te = _time_of(times, text, expr)
    found = "; ".join(_show(t) for t in times) or "no temporal expression"
    if expected is None:
        assert te is None or not te.interval.known, \
            f"{expr!r} must not be dated as a point, got {_show(te)} (all: {found})"
        return
    assert te is not None, f"{expr!r} was not found (found: {found})"
    start, end, precision = expected
    got = (te.interval.start, te.interval.end, te.interval.precision)
    assert got == (D(start), D(end), precision), \
        f"{expr!r} (published {published}): expected {start} .. {end} ({precision}), got {_show(te)}"


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expr, expected", CASES)
def test_spans_are_the_text(parse, text, published, expr, expected):
    """Every TimeExpr's span is exactly the characters it claims, inside the text."""
    doc = parse(text)
    _, times = dates.resolve(doc, D(published))
    for te in times:
        assert 0 <= te.span.start < te.span.end <= len(text)
        assert text[te.span.start:te.span.end] == te.span.text
        if te.interval.known:
            assert te.interval.start <= te.interval.end
            assert te.interval.precision in ("day", "week", "month", "year", "decade")


# ---------------------------------------------------------------------- publication date inference

UNDATED = ("The militia first seized the town in 2021. Fighting there continued throughout last year. "
           "On February 14, gunmen attacked the market, killing six people, residents said.")


@pytest.mark.slow
def test_infer_published_from_content(parse):
    doc = parse(UNDATED)
    pub = dates.infer_published(doc, dates._candidates(doc))
    assert pub.inferred
    assert pub.date is not None and pub.date.year == 2022
    # the article reports the 14 February attack in the past tense: written on or after it
    assert pub.date >= dt.date(2022, 2, 14)
    assert 0 < pub.confidence < 1
    assert pub.evidence, "an inferred date must show its evidence"
    for sp in pub.evidence:
        assert UNDATED[sp.start:sp.end] == sp.text
    evidence = " | ".join(sp.text for sp in pub.evidence)
    for needle in ("2021", "last year", "February 14"):
        assert any(needle.lower() in sp.text.lower() for sp in pub.evidence), \
            f"{needle!r} missing from the evidence ({evidence})"


@pytest.mark.slow
def test_resolve_undated_article_uses_inferred_date(parse):
    doc = parse(UNDATED)
    pub, times = dates.resolve(doc, None)
    assert pub.inferred and pub.date is not None and pub.date.year == 2022
    te = _time_of(times, UNDATED, "February 14")
    assert te is not None and te.interval == Interval(dt.date(2022, 2, 14), dt.date(2022, 2, 14), "day")
    te = _time_of(times, UNDATED, "last year")
    assert te is not None and te.interval == Interval(dt.date(2021, 1, 1), dt.date(2021, 12, 31), "year")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in the north, killing two officers, officials said.",
    # relative times only: nothing fixes the year
    "Gunmen attacked a police station on Tuesday. Two days later, the army arrived.",
], ids=["no-dates", "relative-only"])
def test_no_date_gives_none(parse, text):
    doc = parse(text)
    pub = dates.infer_published(doc, dates._candidates(doc))
    assert pub.date is None and pub.inferred
    pub2, times = dates.resolve(doc, None)
    assert pub2.date is None
    assert all(not te.interval.known for te in times), [_show(te) for te in times]


@pytest.mark.slow
def test_a_background_year_does_not_date_the_news(parse):
    # the report may be from any year after the coup: "on Tuesday" cannot be placed
    text = "Fighting has spread since the coup in 2021. Jets bombed a village on Tuesday, killing nine people."
    pub, times = dates.resolve(parse(text), None)
    assert pub.date is None and "2021" in pub.reason
    assert not _time_of(times, text, "Tuesday").interval.known


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Traders opposed to the Finance Bill 2023 marched to the county offices in Kisumu.",
    "Critics of the Electoral Act 2022 rallied outside parliament.",
], ids=["bill", "act"])
def test_a_year_that_ends_a_name_is_no_date(parse, text):
    # the year names the law, it says nothing of when the march was
    doc = parse(text)
    assert not any(c.text.endswith(("2022", "2023")) for c in dates._candidates(doc))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The negotiator said the truce took effect at 2000 GMT on Sunday.",
    "The curfew begins at 1800 local time in the capital.",
], ids=["gmt", "local"])
def test_a_clock_time_with_its_zone_is_no_year(parse, text):
    # four figures told with a zone or "local time" give the hour, not the year 2000 or 1800
    doc = parse(text)
    assert not any(c.text in ("2000", "1800") for c in dates._candidates(doc))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Riot police scattered a crowd outside the 14 May stadium in the capital on Friday.",
    "Youths blocked traffic on the 12th of April Bridge on Friday.",
    "Fighters of the June 3 Movement ambushed a patrol on Friday.",
], ids=["stadium", "bridge", "movement"])
def test_a_day_that_names_a_place_or_group_is_no_date(parse, text):
    # the day and month name the stadium, the bridge, the group: only "on Friday" dates the act
    doc = parse(text)
    assert [c.text for c in dates._candidates(doc)] == ["on Friday"]


@pytest.mark.slow
def test_a_day_and_month_before_another_noun_is_still_a_date(parse):
    doc = parse("Riot police scattered a crowd outside the stadium on 14 May, witnesses said.")
    assert any("14 May" in c.text for c in dates._candidates(doc))


@pytest.mark.slow
def test_a_year_after_a_month_is_still_a_date(parse):
    doc = parse("Traders marched to the county offices in Kisumu in March 2023.")
    assert any(c.text.endswith("2023") for c in dates._candidates(doc))


# ---------------------------------------------------------------------- Resolver directly

def test_resolver_yearless_across_new_year():
    r = dates.Resolver(dt.date(2023, 1, 3))
    assert r.absolute("December 28") == Interval(dt.date(2022, 12, 28), dt.date(2022, 12, 28), "day")
    assert r.absolute("January 2") == Interval(dt.date(2023, 1, 2), dt.date(2023, 1, 2), "day")


def test_resolver_span_of_years_written_as_one():
    r = dates.Resolver(dt.date(2011, 3, 4))
    assert r.absolute("2002-3") == Interval(dt.date(2002, 1, 1), dt.date(2003, 12, 31), "year")
    assert r.absolute("1975-91") == Interval(dt.date(1975, 1, 1), dt.date(1991, 12, 31), "year")
    assert r.absolute("in 2014-2015") == Interval(dt.date(2014, 1, 1), dt.date(2015, 12, 31), "year")
    assert r.absolute("2002-1") is None  # no span runs backwards


def test_resolver_future_takes_the_next_one():
    r = dates.Resolver(dt.date(2022, 11, 15))
    assert r.absolute("15 January", future=True) == Interval(dt.date(2023, 1, 15), dt.date(2023, 1, 15), "day")
    assert r.deictic("Friday", future=True) == Interval(dt.date(2022, 11, 18), dt.date(2022, 11, 18), "day")


def test_resolver_without_publication_date():
    r = dates.Resolver(None)
    assert r.absolute("25 January") is None  # no year to give it
    assert r.absolute("25 January 2022") == Interval(dt.date(2022, 1, 25), dt.date(2022, 1, 25), "day")
    assert r.absolute("March 2019") == Interval(dt.date(2019, 3, 1), dt.date(2019, 3, 31), "month")
    assert r.deictic("yesterday") is None
    assert r.deictic("last week") is None


def test_resolver_relative():
    r = dates.Resolver(dt.date(2022, 2, 2))
    may = dates.month_interval(2021, 5)
    assert r.relative("six months later", may) == Interval(dt.date(2021, 11, 1), dt.date(2021, 11, 30), "month")
    feb7 = dates.day_interval(dt.date(2022, 2, 7))
    assert r.relative("a week later", feb7) == Interval(dt.date(2022, 2, 14), dt.date(2022, 2, 14), "day")
    assert r.relative("the next day", feb7) == Interval(dt.date(2022, 2, 8), dt.date(2022, 2, 8), "day")
    # nothing to be relative to
    assert r.relative("a week later", None) is None
    assert r.relative("a week later", Interval.unknown()) is None
    # "the next day" after a month is not a day anyone can name
    assert r.relative("the next day", may) is None
    thu = dates.day_interval(dt.date(2022, 2, 10))
    assert r.relative("the previous weekend", thu) == Interval(dt.date(2022, 2, 5), dt.date(2022, 2, 6), "day")
    assert r.relative("the following weekend", thu) == Interval(dt.date(2022, 2, 12), dt.date(2022, 2, 13), "day")
    assert r.relative("the previous weekend", may) is None
    # a day told after a week, not a day ("two died early last week … two more the same day, three
    # the next day"): that week, and that week moved on by the days counted
    week = Interval(dt.date(2022, 1, 24), dt.date(2022, 1, 30), "week")
    assert r.relative("the same day", week) == week
    assert r.relative("the next day", week) == Interval(dt.date(2022, 1, 25), dt.date(2022, 1, 31), "week")


def test_resolver_decades_are_not_dates():
    r = dates.Resolver(dt.date(2022, 2, 2))
    assert r.absolute("the 1990s") is None
    assert r.absolute("1990s") is None


def test_last_weekday_in_a_report_of_that_weekday_is_a_week_ago():
    import datetime as dt

    from sitrep.dates import Resolver

    friday = Resolver(dt.date(2019, 8, 30))
    assert friday.deictic("last Friday").start == dt.date(2019, 8, 23)
    assert friday.deictic("on Friday").start == dt.date(2019, 8, 30)
    assert friday.deictic("last Thursday").start == dt.date(2019, 8, 29)


@pytest.mark.slow
def test_a_count_of_days_before_after_is_no_part_of_the_date(parse):
    """"on Friday, a day after …": spaCy's date entity runs on into the count; the date is "Friday"."""
    for text, expr in (("One man was killed in Aktau on December 17, a day after soldiers fired on rioters.", "December 17"),
                       ("Life returned to normal in the city on Friday two days after troops broke up the protests.",
                        "on Friday")):
        _, times = dates.resolve(parse(text), D(SUN_MAR))
        assert [te.span.text for te in times if te.interval.known] == [expr]


@pytest.mark.parametrize("text", [
    "On Tuesday, 3 March 2021, two days after the vote, late last night and early this morning, troops left.",
    "Between 4 and 6 June the town was quiet; the following week, on the night of 9-10 June, it was not.",
    "the 2nd. Every Sunday since mid-2019 they met; weeks later, in recent days, over the weekend, 2020-01-05.",
    "Ten days after the attack on Monday, a year ago, three weeks earlier, late March, March of last year.",
    "",
])
def test_one_scan_finds_what_each_pattern_finds(text):
    """The candidates' scan (one look-ahead over all patterns, then each pattern where any matches)
    finds each pattern's own finditer matches, in the cased and in the lowered form."""
    for patterns, scan, hay in ((dates.PATTERNS, dates._ANY, text), (dates._LOWER_PATTERNS, dates._ANY_LOWER, text.lower())):
        expected = [m.span() for p in patterns for m in p.finditer(hay)]
        assert dates._matches(patterns, scan, hay) == expected
        assert len(expected) >= 5 or not text  # (each sentence has work for several patterns)


def test_the_scan_by_opening_character_finds_the_positions_the_plain_scan_finds():
    """dates._ANY_LOWER, its patterns grouped by the character they open with, finds where a date
    pattern may match exactly where the look-ahead over all of them does (a speed-up, no new reading)."""
    from sitrep import dates

    plain = dates._any_of(dates._LOWER_PATTERNS)
    assert dates._ANY_LOWER.pattern != plain.pattern  # (the grouped scan was built)
    text = ("on monday, 3-4 march 2021 the night of 5-6 may rebels struck; two days later, in mid-june, "
            "late last night and earlier this week, between 1999 and 2004, the 21st, 2020-05-01, every friday "
            "- march 2019 in the aftermath of the raid, a decade ago, three decades ago, over the weekend\n"
            "sept. 9 the end of april, the following day, early 2022, since 2015 — tuesday evening").lower()
    assert [m.start() for m in dates._ANY_LOWER.finditer(text)] == [m.start() for m in plain.finditer(text)]
    assert len(list(plain.finditer(text))) > 20


@pytest.mark.parametrize("text", [
    "they left   3 days later and came back  two weeks later; a  month later, in\tmarch 2020 and\n monday night",
    "patrols went out early  june, late\nmay 2018 and on   friday morning; hours later, a few  days afterwards",
    "the blast: weeks later. nothing happened in between, only talk of peace, quiet and calm roads",
    "x  9 days after the raid, y\n\nsept 4, z   sunday, q -march 2019, w  1999",
])
def test_the_space_gate_keeps_every_position_of_a_pattern_opening_with_spaces(text):
    """dates._ANY_LOWER's whitespace branch (at each word's end) asks first whether the next character
    after the spaces can open a pattern that opens with spaces: it finds where a pattern may match exactly
    where the look-ahead over all of them does (a speed-up, no new reading)."""
    plain = dates._any_of(dates._LOWER_PATTERNS)
    assert r"[\s](?=\s*[" in dates._ANY_LOWER.pattern  # (the gate was built)
    assert [m.start() for m in dates._ANY_LOWER.finditer(text)] == [m.start() for m in plain.finditer(text)]
    assert dates._matches(dates._LOWER_PATTERNS, dates._ANY_LOWER, text, dates._OPENING_LOWER) == \
        [m.span() for p in dates._LOWER_PATTERNS for m in p.finditer(text)]


@pytest.mark.parametrize("text, day, picture", [
    ("FILE - In this Aug. 4, 2021, file photo, riot police stand guard in Lome. Police fired tear gas on Tuesday.",
     "Aug. 4, 2021", True),
    ("In this photo taken on March 2, 2023, villagers flee a village. Rebels attacked it on Tuesday.", "March 2, 2023", True),
    ("In this Jan. 9, 2024 picture, farmers march in a town. Farmers marched again on Tuesday.", "Jan. 9, 2024", True),
    ("In this city on Jan. 9, 2024, police killed two protesters, residents said.", "Jan. 9, 2024", False),
    ("The photo was taken on Jan. 9, 2024, when police fired on protesters.", "Jan. 9, 2024", False),
])
def test_a_captions_day_is_the_pictures_not_the_storys(parse, text, day, picture):
    """A caption's "In this <day>, file photo": the day the picture was taken, marked as the report's own
    (dateline) time, not an event's; a day after "in this city" or a photo's story is still the story's."""
    _, times = dates.resolve(parse(text), D("2024-03-10"))
    te = next(t for t in times if day in t.span.text)
    assert te.dateline is picture


@pytest.mark.parametrize("text,expected,start", [
    ("Security was tightened in Morra after the 2009 November attacks on its hotels.", "2009 November", "2009-11-01"),
    ("The crowd was the largest since the 2014 May Day rally in Pelvo.", "2014 May Day", "2014-05-01"),
    ("Police dispersed a march in Pelvo on Friday; another was held in November.", "November", "2017-11-01"),
], ids=["year-before-month", "year-before-a-month-day", "twin-month-alone-takes-the-last"])
def test_a_year_just_before_a_month_is_its_year(parse, text, expected, start):
    # (dates._candidates) the tagger leaves the year out of the date ("2009", "November"; "May Day")
    _, times = dates.resolve(parse(text), D("2018-02-03"))
    told = next(t for t in times if "Nov" in t.span.text or "May" in t.span.text)
    assert told.span.text == expected and told.interval.start.isoformat() == start, told
