"""Commercial round 4: what a parent or the school says that only sounds like selling.

A sponsored event that is only mentioned (no link, page or message to give through), a
question to the school about what it offers, someone volunteering their time ("I'm DBS
checked through scouts"), and the joke about selling one's children; each next to the
advert or appeal that shares its words, and with the spellings people use.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import ClassifierContext, Pipeline

COM = ("commercial",)
NONE: tuple[str, ...] = ()

# (text, labels, rule expected among the commercial explanations or None)
TABLE = [
    # a cause with a way to give is an appeal; the same cause only mentioned is not
    ("Running the Manchester 10k for the hospice, link on my page, anything helps x", COM, None),
    ("my daughter is doing a skydive for cancer research, sponsor link in my bio", COM, None),
    ("my son is doing a ch4rity sw1m for the hospice, sp0nsor l1nk on my profile", COM, None),
    ("the kids were shattered after the sponsored walk, well done everyone", NONE, None),
    ("the colour run fundraiser was brilliant fun, I got covered in paint", NONE, None),
    ("my son is doing the couch to 5k for charity, so proud of him!", NONE, None),
    ("who else is doing the sponsored silence? I've got a list of names", NONE, None),
    # a question about what the school offers, and a call for volunteers
    ("do you offer breakfast club places for year 1?", NONE, None),
    ("Do you run any holiday clubs for reception children?", NONE, None),
    ("Breakfast club places available, £4 a session, message me to book", COM, None),
    ("the eco club needs more volunteers, DBS checked parents welcome", NONE, None),
    ("Our holiday club has places available, qualified and DBS checked staff, book now", COM, None),
    # volunteering time, not selling it
    ("happy to walk the little ones to school if anyone needs help, I'm DBS checked through scouts", NONE, None),
    ("I'm DBS checked and happy to help on the trip, free of charge of course", NONE, None),
    ("I'm DBS checked and offer tutoring for KS2 maths, £25 an hour", COM, None),
    ("Im dbs checked, childminding places available from September", COM, None),
    # the tired parent's joke
    ("thinking of selling my kids on ebay after this half term lol", NONE, None),
    ("anyone want to buy my teenagers? selling them cheap", NONE, None),
    ("Selling my son's old bike, £20, collection only", COM, "selling"),
    ("s3lling my kids' outgrown uniform, £2 each, message me", COM, "selling"),
    # the school's own sales told by a parent, and asking for a recommendation
    ("We're selling tickets for the school disco at the office from Monday", NONE, None),
    ("selling raffle tickets for the Christmas fair, see me at pick up!", NONE, None),
    ("Selling raffle tickets for my own hamper, £1 a strip, inbox me", COM, None),
    ("Any recommendations for a good local plumber? ours has gone quiet", NONE, None),
    ("can any1 recommend a decent cleaner? need one for fridays", NONE, None),
    ("Local plumber, fully insured, no call out charge, ring for a quote", COM, None),
    # batches 15-16: drugs sold at school are safeguarding's, multi-buys, trades, shops, bookings
    ("a lad in year 11 is selling weed behind the sports hall, the school needs to know", NONE, None),
    ("one of the sixth formers is selling stuff for older blokes at the bus stop", NONE, None),
    ("Selling nothing here, just a question about the trip money", NONE, None),
    ("lip gloss 2 for £5, delivered to ur door, message me", COM, None),
    ("handmade christmas jumpers for kids £15, orders close Friday", COM, None),
    ("Mortgage advisor here, local and friendly, free valuation for school families", COM, None),
    ("browse my vinted shop for cheap uniform, link below", COM, None),
    ("anybody want their windows cleaned? £8 a visit, message me", COM, None),
    ("anyone need their oven cleaned before Christmas? message me for prices", COM, None),
    ("my band is playing the Red Lion on Friday, come down!", COM, None),
    ("Free entry to the school Christmas fair, bring the whole family", NONE, None),
    ("nail tech with prom packages available, bookings open now", COM, None),
    ("kitchen porter job going at the cafe by the school, weekends, msg me", COM, None),
    ("absolute chaos at the tuck shop today, everyone wanted the new crisps", NONE, None),
    ("Shop now for the best deals on trainers", COM, None),
    # batches 17-18: raffles for oneself, trades, shops and codes; the school's own sales; homework
    ("Raffle for my spa weekend fund, £2 a ticket, send me the money on paypal", COM, None),
    ("chuck me a tenner on my page for my skydive lol", COM, None),
    ("firewood delivered, £70 a bulk bag, message me", COM, None),
    ("anyone need their garden waste removing? message me", COM, None),
    ("Taxi for school runs and airport runs, cheapest in town", COM, None),
    ("timeshare in Spain going cheap, massive savings", COM, None),
    ("jobs going, no experience needed, message me", COM, None),
    ("cheapest uniform online, use code school10", COM, None),
    ("Swim lessons at the leisure centre, first month free!", COM, None),
    ("loft conversions, free design consultation, see our page", COM, None),
    ("my daughter read her first chapter book today, so proud", NONE, None),
    ("is the school shut for polling day?", NONE, None),
    ("3 hours a week of homework is too much for year 3", NONE, None),
    ("the school's preloved uniform sale is on friday, everything £1", NONE, None),
    ("our year 4 enterprise project is selling keyrings, all profits to the school library", NONE, None),
    ("uniform shop prices are ridiculous, £20 for a fleece", NONE, None),
    ("what's the latest pick up for the holiday club?", NONE, None),
    ("the new menu looks lovely, the kids will enjoy it", NONE, None),
    # batches 19-20
    ("anyone want a rabbit hutch, £25, collection only", COM, None),
    ("rugby boots size 6, only worn twice, £20", COM, None),
    ("supply agency looking for cover staff, £140/day, email us", COM, None),
    ("driving school now booking for spring, first lesson £25", COM, None),
    ("prom dresses for hire, message me for pics", COM, None),
    ("mobile hairdresser, £10 trims, i'll come to you", COM, None),
    ("my cafe does a kids' menu after school, come in!", COM, None),
    ("Are there any jobs going at the school? I'd love to help", NONE, None),
    ("can the school stop selling the raffle tickets at the door, my kids pester me 😂", NONE, None),
    ("older kids selling weed to year 8s at the park, the police need to know", NONE, None),
    # batches 21-24
    ("ofsted registered childminder, spaces mondays, contact me", COM, None),
    ("kitchen assistant needed at the red lion, apply within", COM, None),
    ("cheap school trousers all sizes, dm me", COM, None),
    ("our barbers is doing £6 kids cuts this week", COM, None),
    ("my cousin's bakery does brilliant party cakes, see her page", COM, None),
    ("a man offered my son a lift and £20 outside the gates", NONE, None),
    ("some older men keep offering the year 10 girls lifts", NONE, None),
    ("the missing boy has been found safe, please share the update", NONE, None),
    ("if anyone's selling a year 8 blazer, happy to pay", NONE, None),
    ("someone made a fake account saying i'm selling pics", NONE, None),
]


@pytest.mark.parametrize(("text", "labels", "rule"), TABLE)
def test_commercial_round4_table(commercial_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    verdict = commercial_pipeline.classify(text, ClassifierContext(allow_phrases=("PTA",)))
    assert verdict.labels == labels, verdict.to_dict()
    if rule is not None:
        assert rule in {e.rule for e in verdict.explanations["commercial"]}, verdict.to_dict()
