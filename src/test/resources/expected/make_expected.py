#!/usr/bin/env python3
"""Independent table of the Jämtland wheel's dates (DOMAIN.md rules), built without the product's code.

Easter Sundays are typed in from the almanac rather than computed. Writes jamtland-<year>.csv for 2026-2035:
key,opens,due (local Europe/Stockholm times; opens 08:00, due 16:00), and jamtland-<year>-emails.csv:
kind,key,role,at of the emails the year sends when every task is done at 12:00 on its due day. Run: python3 make_expected.py
"""
import datetime as dt
import os

EASTER = {2025: (4, 20), 2026: (4, 5), 2027: (3, 28), 2028: (4, 16), 2029: (4, 1), 2030: (4, 21),
          2031: (4, 13), 2032: (3, 28), 2033: (4, 17), 2034: (4, 9), 2035: (3, 25), 2036: (4, 13)}
D = dt.date
ONE = dt.timedelta(days=1)


def days_off(y):
    e = D(y, *EASTER[y])
    midsummer_eve = next(D(y, 6, d) for d in range(19, 26) if D(y, 6, d).weekday() == 4)
    return {D(y, 1, 1), D(y, 1, 6), e - 2 * ONE, e + ONE, D(y, 5, 1), e + 39 * ONE, D(y, 6, 6),
            midsummer_eve, D(y, 12, 24), D(y, 12, 25), D(y, 12, 26), D(y, 12, 31)}


def working(d):
    return d.weekday() < 5 and d not in days_off(d.year)


def on_or_after(d):
    while not working(d):
        d += ONE
    return d


def on_or_before(d):
    while not working(d):
        d -= ONE
    return d


def month_first(y, m):
    return on_or_after(D(y, m, 1))


def month_last(y, m):
    nxt = D(y + 1, 1, 1) if m == 12 else D(y, m + 1, 1)
    return on_or_before(nxt - ONE)


def week_monday(y, w):
    return dt.date.fromisocalendar(y, w, 1)


def rows(y):
    fm, lm = month_first, month_last
    r = []
    def add(key, opens, due):
        r.append((key, opens, due))
    add("self-reflection-january", fm(y, 1), lm(y, 1))
    add("wheel-review", fm(y, 1), lm(y, 1))
    report_due = on_or_before(D(y, 2, 28))
    add("annual-report", fm(y, 2), report_due)
    add("annual-report-compile", max(fm(y, 3), report_due), lm(y, 3))  # report done 12:00 on its due day
    plan_due = on_or_before(D(y, 3, 15))
    add("summer-leave-plan", fm(y, 3), plan_due)
    add("summer-leave-approval", plan_due, lm(y, 3))  # opens when the plan is done (12:00)
    add("joint-plan-approval", fm(y, 3), lm(y, 3))
    add("visit-april", fm(y, 4), lm(y, 4))
    add("visit-may", fm(y, 5), lm(y, 5))
    add("family-centre-day", fm(y, 5), lm(y, 5))
    add("ffff-conference", fm(y, 5), lm(y, 5))
    add("health-week-planning", fm(y, 9), on_or_before(week_monday(y, 39) - ONE))
    add("agreement-review", fm(y, 9), lm(y, 9))
    add("safety-routines-review", fm(y, 9), lm(y, 9))
    add("visit-october", fm(y, 10), lm(y, 10))
    add("awareness-week-planning", fm(y, 10), on_or_before(week_monday(y, 45) - ONE))
    add("visit-november", fm(y, 11), lm(y, 11))
    nov20 = D(y, 11, 20)
    add("childrens-rights-planning", fm(y, 11), on_or_before(nov20 - dt.timedelta(days=nov20.weekday()) - ONE))
    add("parent-survey", on_or_after(week_monday(y, 45)), on_or_before(week_monday(y, 46) + 6 * ONE))
    add("self-reflection-december", fm(y, 12), lm(y, 12))
    return r


ROLE = {"self-reflection-january": "coordinator", "wheel-review": "steering-group",
        "annual-report": "coordinator", "annual-report-compile": "steering-group",
        "summer-leave-plan": "coordinator", "summer-leave-approval": "unit-manager",
        "joint-plan-approval": "steering-group", "visit-april": "steering-group", "visit-may": "steering-group",
        "family-centre-day": "coordinator", "ffff-conference": "steering-group",
        "health-week-planning": "coordinator", "agreement-review": "coordinator",
        "safety-routines-review": "coordinator", "visit-october": "steering-group",
        "awareness-week-planning": "coordinator", "visit-november": "steering-group",
        "childrens-rights-planning": "coordinator", "parent-survey": "coordinator",
        "self-reflection-december": "coordinator"}
UNITS = 4


def working_days_back(d, n):
    while n > 0:
        d -= ONE
        while not working(d):
            d -= ONE
        n -= 1
    return d


def working_days_ahead(d, n):
    while n > 0:
        d += ONE
        while not working(d):
            d += ONE
        n -= 1
    return d


def email_rows(y, tasks):
    """Every task done at 12:00 on its due day: two reminders each (5 working days before, and on the due day,
    08:00), no overdue email, and a digest at 07:00 on the first working day of each week in which a task is open
    and due within ten working days."""
    rows = []
    for key, opens, due, opens_time in tasks:
        copies = UNITS if key == "summer-leave-approval" else 1
        for _ in range(copies):
            for day in (working_days_back(due, 5), due):
                rows.append(("reminder", key, ROLE[key], "%sT08:00" % day.isoformat()))
    day = D(y, 1, 1)
    while day.year == y:
        monday = day - dt.timedelta(days=day.weekday())
        first = on_or_after(monday)
        if first == day and working(day):
            horizon = working_days_ahead(day, 10)
            at = dt.datetime.combine(day, dt.time(7, 0))
            for key, opens, due, opens_time in tasks:
                opened = dt.datetime.combine(opens, dt.time(*map(int, opens_time.split(":"))))
                done = dt.datetime.combine(due, dt.time(12, 0))
                if opened <= at < done and due <= horizon:
                    rows.append(("digest", "", "steering-group", "%sT07:00" % day.isoformat()))
                    break
        day += ONE
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for y in range(2026, 2036):
        with open(os.path.join(here, "jamtland-%d.csv" % y), "w") as f:
            f.write("key,opens,due\n")
            tasks = []
            for key, opens, due in rows(y):
                opens_time = "08:00"
                if key == "summer-leave-approval" or (key == "annual-report-compile" and opens == due_of(rows, y, "annual-report")):
                    opens_time = "12:00"
                tasks.append((key, opens, due, opens_time))
                f.write("%s,%sT%s,%sT16:00\n" % (key, opens.isoformat(), opens_time, due.isoformat()))
        with open(os.path.join(here, "jamtland-%d-emails.csv" % y), "w") as f:
            f.write("kind,key,role,at\n")
            for row in email_rows(y, tasks):
                f.write("%s,%s,%s,%s\n" % row)


def due_of(rows_fn, y, key):
    return next(due for k, _, due in rows_fn(y) if k == key)


if __name__ == "__main__":
    main()
