"""The developing story the watch tests follow: a flash flood in Sigi, a second outlet's higher
toll, and a correction of the first page."""

from tests.watch.server import news_page

A = news_page("Flash flood kills seven in Sigi", [
    "PALU, Indonesia (Daily Alpha) - A flash flood killed seven people in Sigi regency, Central Sulawesi, on "
    "Tuesday, the National Disaster Management Agency (BNPB) said.",
    "BNPB spokesman Abdul Muhari said seven people were killed and 312 houses were damaged by the flood in Sigi.",
    "Rescue teams were still searching the area on Wednesday, he said."], "2024-11-12", "Daily Alpha")
B = news_page("Rescuers say flood death toll in Sigi reaches 12", [
    "PALU, Indonesia (Beta News) - The Palu Search and Rescue Office said 12 people were killed by the flash flood "
    "in Sigi regency, Central Sulawesi.",
    "Office head Andi Sultan said 12 people were killed and several villages were cut off by the flood in Sigi.",
    "The agency said the search would go on for seven days."], "2024-11-12", "Beta News")
# the same page corrected: the agency's toll is now nine
A2 = (A.replace("killed seven people", "killed nine people").replace("seven people were killed", "nine people were "
      "killed").replace("kills seven", "kills nine"))
DAY1 = "Tue, 12 Nov 2024 08:00:00 +0700"
DAY1_LATER = "Tue, 12 Nov 2024 15:00:00 +0700"
# a third outlet, a day later: the agency's spokesman now counts nine dead
D = news_page("Sigi flood toll rises to nine, agency says", [
    "PALU, Indonesia (Delta Daily) - BNPB spokesman Abdul Muhari said nine people were killed by the flash flood "
    "in Sigi regency, Central Sulawesi.",
    "Rescue teams reached three villages that had been cut off by the flood in Sigi, he said."], "2024-11-13",
    "Delta Daily")
DAY2 = "Wed, 13 Nov 2024 08:00:00 +0700"
