"""Held-out checks of search on clinic pages nobody tuned it for (issue 16).

Each page is a fictional clinic's FAQ with 150 or 160 queries in five languages, written on
2026-11-30 by an engineer who never saw the search code or the other sets, and imported as a
pack beside the built-in FAQ, as `eval-search --with-pack` does. Top-1 / top-3, morning code
(a7da35b) -> end of the second session (the figures below, per language in each set's comment):

- `clinic2` 0.406 / 0.688 -> 0.900 / 0.975, `clinic3` 0.433 / 0.720 -> 0.933 / 0.967, `clinic4`
  0.627 / 0.767 -> 0.813 / 0.927, `clinic5` 0.653 / 0.873 -> 0.807 / 0.953, `clinic6` 0.673 /
  0.820 -> 0.847 / 0.927, `clinic7` 0.827 / 0.933 -> 0.860 / 0.987: tuned on (their misses
  were read), so these figures flatter the engine.
- `clinic8` 0.607 / 0.793 -> 0.707 / 0.860 and `clinic9` 0.620 / 0.807 -> 0.727 / 0.887 when
  measured blind (f9696ec); then tuned on: now 0.807 / 0.927 and 0.827 / 0.927.
- `clinic10` 0.567 / 0.780 -> 0.653 / 0.847 and `clinic11` 0.627 / 0.727 -> 0.700 / 0.847:
  blind, measured once at the end of the second session.
- `clinic12` (a tenant-rights legal aid office) 0.720 / 0.860 -> 0.760 / 0.947 and `clinic13` (a
  community health centre) 0.760 / 0.907 -> 0.887 / 0.980: written on 2026-12-01, blind,
  measured once with the code of 81caf7f (the same figures as at the end of the second session).
  With `clinic10`/`clinic11`, the four blind pages average 0.750 / 0.905.
- `clinic14` (a resettlement agency with a job centre) and `clinic15` (a school district's
  newcomer family centre): written on 2026-12-01, blind. Measured with the code before the
  vocabulary written from the field (d72257a) 0.820 / 0.960 and 0.833 / 0.913, and once after
  it (18dc2f1) 0.840 / 0.973 and 0.873 / 0.940, the figures below: the first blind pages to
  meet the issue's target (0.80 / 0.92, no language under 0.70).
- `clinic16` (a family shelter and drop-in centre) and `clinic17` (a workers' centre with a
  legal clinic): written on 2026-12-01, blind, measured once with the code after the second
  round of vocabulary from the field (553ab0b): 0.800 / 0.920 and 0.807 / 0.907 (the code
  before any of it, d72257a, scores 0.773 / 0.893 and 0.767 / 0.847 on them).
- `clinic18` (a public library's immigrant services desk) and `clinic19` (a legal aid hotline
  for detained immigrants' families): written on 2026-12-01, blind, measured once with the code
  after the third round (fa1c3c9): 0.827 / 0.933 and 0.713 / 0.880 (d72257a: 0.820 / 0.920 and
  0.707 / 0.880). `clinic19` answers many neighbouring questions (five on bond, three on finding
  a detained person) and is the hardest page since `clinic10`.

- `clinic20`-`clinic26`: written on 2026-12-01 (fourth session), blind. `clinic20` (a women's
  centre), `clinic21` (a legal clinic's help night), `clinic22` (a food bank's benefits desk)
  and `clinic23` (a program for unaccompanied minors) measured once with the code at the start
  of the session (d90847c): 0.733 / 0.893, 0.687 / 0.893, 0.847 / 0.933, 0.773 / 0.900;
  unchanged by that session's work (the safety vocabulary), `clinic23` 0.793 / 0.927 after it.
  `clinic24` (a farmworker outreach office), `clinic25` (a city's office of new Americans) and
  `clinic26` (a border respite centre) measured once with the session's final code (f76ba87):
  0.813 / 0.947, 0.887 / 0.960, 0.840 / 0.913. The seven average 0.797 / 0.922 as first
  measured, 0.800 / 0.926 with the final code.
- `clinic27`-`clinic30`: written on 2026-12-01 (fifth session), blind, measured once with the
  code at the start of the session (4e96837): `clinic27` (an interfaith accompaniment network)
  0.807 / 0.920, `clinic28` (a program for survivors of torture) 0.707 / 0.900, `clinic29` (an
  adult education school) 0.833 / 0.960, `clinic30` (an LGBTQ+ asylum seekers' project) 0.773 /
  0.907; together 0.780 / 0.922. They then measured the session's semantic reranking, which was
  not kept (docs/SEARCH.md, tenth round).
- `clinic31` (a mobile health van) and `clinic32` (a tax and money clinic): written on 2026-12-01
  (fifth session), blind, measured before the probed vocabulary (048873e) 0.787 / 0.880 and
  0.773 / 0.913, and once after it, the figures below (docs/SEARCH.md, eleventh round).
- `clinic33` (a legal orientation program in an immigration court) and `clinic34` (a domestic
  workers' alliance): written on 2026-12-01 (fifth session), kept unread, measured blind at the
  start of the sixth session (6c5e9f2) 0.793 / 0.940 and 0.747 / 0.900; their misses were then
  read (docs/SEARCH.md, twelfth round), so the figures below are tuned on.
- `clinic35` (a public library's New Americans corner), `clinic36` (a school district's newcomer
  welcome center), `clinic37` (a hospitality house at a border bus station) and `clinic38` (a
  county health center's refugee health program): written blind on 2026-12-01 (sixth session),
  measured at its start (6c5e9f2) 0.887 / 0.953, 0.767 / 0.927, 0.800 / 0.947, 0.833 / 0.947
  (together 0.822 / 0.943), and with its final code (aggregates only; their misses were never
  read) as below.
- `clinic39` (a law school's immigration clinic), `clinic40` (a county rapid-response and family
  preparedness program) and `clinic42` (a domestic violence shelter serving immigrant
  survivors): written blind (sixth and seventh sessions), measured blind at the start of the
  seventh session (8d9b18e) 0.720 / 0.900, 0.793 / 0.900 and 0.700 / 0.853; their misses were
  then read (docs/SEARCH.md, thirteenth round), so the figures below are tuned on.
- `clinic41` (a farmworker outreach program), `clinic43` (a community college's adult
  education program) and `clinic44` (a church-run day center and food pantry): written blind on
  2026-12-01 (seventh session), measured at its start (8d9b18e) 0.793 / 0.907, 0.753 / 0.940,
  0.873 / 0.947, and with its final code (aggregates only; their misses were never read) as
  below.
- `clinic45` (a refugee resettlement agency's case management) and `clinic46` (a Haitian
  community center): written blind (seventh session) and kept unread; measured blind at the
  start of the eighth session (6959ca1) 0.813 / 0.927 and 0.867 / 0.960; their misses were
  then read.
- `clinic47` (a detention visitation program and community bond fund) and `clinic49` (a day
  laborers' workers' center): written blind on 2026-12-01 (eighth session), measured blind at
  its start (798cde4) 0.727 / 0.913 and 0.767 / 0.900; their misses were then read
  (docs/SEARCH.md, fourteenth round), so the figures below are tuned on.
- `clinic51` (a public defender's immigration unit and rapid-response hotline), `clinic52` (a
  family respite centre at the border) and `clinic53` (an asylum application and work permit
  program): written blind on 2026-12-02 (ninth session) and measured once with that session's
  code (ab23089): 0.813 / 0.900, 0.820 / 0.973 and 0.853 / 0.953, together 0.829 / 0.942 (no
  language under 0.70); their misses were never read. (`clinic48` and `clinic50`, written in
  the eighth session and measured blind at 798cde4, 0.793 / 0.933 and 0.773 / 0.920, were lost
  with that machine before they were kept.)
- `clinic54` (a legal aid society's immigration court help desk), `clinic55` (a neighbourhood
  house's ID and documents clinic) and `clinic56` (a youth program for newcomer teenagers):
  written blind on 2026-12-02 (ninth session) and measured once blind (e8e2e3c): 0.753 /
  0.907, 0.853 / 0.960 and 0.807 / 0.887, together 0.804 / 0.918; `clinic54`'s Spanish (0.650)
  and Portuguese (0.600) were under 0.70. With `clinic51`-`clinic53`, the six blind pages
  scored 0.817 / 0.930 (en 0.837, es 0.792, ht 0.808, pt 0.783, fr 0.858). `clinic54`'s misses
  were then read (docs/SEARCH.md, fifteenth round): 0.807 / 0.940 at 723b5ea, the figures below;
  the other five pages' figures did not move with that work.
- `clinic57` (a legal aid office's pro se asylum workshop), `clinic58` (a mutual-aid network's
  ID and money desk), `clinic59` (a disability-rights centre's program for immigrant families),
  `clinic60` (a senior centre's program for immigrant elders), `clinic61` (a city's intake
  centre for migrant families who need shelter) and `clinic62` (a drivers' help desk): written
  blind on 2026-12-02 (tenth session), measured once blind at its start (c772fc1): 0.740 /
  0.893, 0.833 / 0.953, 0.787 / 0.933, 0.780 / 0.933, 0.627 / 0.800, 0.767 / 0.900 (together
  0.756 / 0.902). The misses of `clinic57`, `clinic60` and `clinic61` were then read
  (docs/SEARCH.md, sixteenth round), so their figures below are tuned on; those of the other
  three never were.
- `clinic63` (a business centre's help desk for street vendors), `clinic64` (a community doula
  program), `clinic65` (a resettlement agency's first-apartment program), `clinic66` (a public
  hospital's financial counseling office), `clinic67` (a college's centre for undocumented
  students) and `clinic68` (a youth soccer and mentoring program): written blind on 2026-12-02
  (tenth session), measured in the middle of its search work (74ed740; the code at its start
  scores 0.769 / 0.899 on them) and with its final code, the figures below (together 0.772 /
  0.898); their misses were never read. With `clinic58`, `clinic59` and `clinic62`, the nine
  unread pages score 0.781 / 0.909 (en 0.793, es 0.758, ht 0.789, pt 0.772, fr 0.794): under
  the issue's 0.80 / 0.92.
- `clinic69` (a county hospital's program for pregnant women and new mothers), `clinic70` (a
  diocesan immigration legal services office), `clinic71` (a mental health and wellness
  program for asylum seekers), `clinic72` (a city's municipal ID office), `clinic73` (an Early
  Head Start centre) and `clinic74` (a county's emergency rental and utility assistance desk):
  written blind on 2026-12-02 (eleventh session), measured once blind at its start (65fb2a4):
  0.827 / 0.920, 0.747 / 0.947, 0.753 / 0.900, 0.633 / 0.887, 0.847 / 0.940, 0.820 / 0.940
  (together 0.771 / 0.922). The misses of `clinic71` and `clinic72` were then read
  (docs/SEARCH.md, seventeenth round); those of the other four never were.
- `clinic75` (a churches' newcomer welcome centre), `clinic76` (a legal aid society's asylum
  help line and walk-in clinic), `clinic77` (a small town's refugee and immigrant family
  centre) and `clinic78` (a library's immigrant legal help night): newcomer pages of the kind
  the issue describes, written blind in the same session, measured at its start (65fb2a4)
  0.853 / 0.940, 0.780 / 0.953, 0.927 / 0.987, 0.720 / 0.907 (together 0.820 / 0.947) and
  with its final code as below (0.825 / 0.947); their misses were never read.
- `clinic79` (a newcomer welcome centre), `clinic80` (a law school's immigration clinic),
  `clinic81` (a family shelter near the border), `clinic82` (a refugee and asylee resettlement
  agency), `clinic83` (an interfaith program that goes with people to check-ins and court),
  `clinic84` (a worker centre), `clinic85` (a community health centre) and `clinic86` (a school
  district's newcomer enrollment centre): written blind on 2026-12-02 (twelfth session),
  measured once blind at its start (e213d06): 0.853 / 0.967, 0.720 / 0.873, 0.760 / 0.900,
  0.813 / 0.953, 0.740 / 0.860, 0.780 / 0.933, 0.860 / 0.973, 0.787 / 0.960 (together 0.789 /
  0.928). The misses of the even-numbered four (`clinic80`, `clinic82`, `clinic84`,
  `clinic86`, chosen by number, not by score) were then read (docs/SEARCH.md, eighteenth
  round); those of `clinic79`, `clinic81`, `clinic83` and `clinic85` never were.

Floors sit about one query per language below the last figures (a 20-query language moves in
steps of 0.05), so a regression fails; they are no targets (the issue asks for 0.80 / 0.92 and
no language under 0.70 top-1, which `clinic13`-`clinic16` and `clinic18` reach).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.commands.search import _eval_library
from index.evaluate import Score, read_queries
from tests.index.conftest import DATA

# (page, queries, {lang: (top-1 floor, top-3 floor)}); "all" is every query.
SETS = {
    "clinic2": {  # measured en 0.883/0.967, all 0.900/0.975, es 0.900/0.975, ht 0.900/0.950, pt 0.900/1.000, fr 0.950/1.000
        "all": (0.85, 0.90),
        "en": (0.80, 0.90),
        "es": (0.85, 0.90),
        "ht": (0.85, 0.90),
        "pt": (0.85, 0.95),
        "fr": (0.90, 0.95),
    },
    "clinic3": {  # measured en 0.860/0.940, all 0.933/0.967, es 0.975/0.975, ht 0.900/0.950, pt 1.000/1.000, fr 1.000/1.000
        "all": (0.85, 0.90),
        "en": (0.80, 0.85),
        "es": (0.90, 0.90),
        "ht": (0.85, 0.90),
        "pt": (0.95, 0.95),
        "fr": (0.95, 0.95),
    },
    "clinic4": {  # measured en 0.740/0.900, all 0.813/0.927, es 0.875/0.950, ht 0.850/0.900, pt 0.800/1.000, fr 0.850/0.900
        "all": (0.75, 0.85),
        "en": (0.65, 0.85),
        "es": (0.80, 0.90),
        "ht": (0.80, 0.85),
        "pt": (0.75, 0.95),
        "fr": (0.80, 0.85),
    },
    "clinic5": {  # measured en 0.680/0.920, all 0.807/0.953, es 0.850/0.975, ht 0.900/1.000, pt 0.900/1.000, fr 0.850/0.900
        "all": (0.75, 0.90),
        "en": (0.60, 0.85),
        "es": (0.80, 0.90),
        "ht": (0.85, 0.95),
        "pt": (0.85, 0.95),
        "fr": (0.80, 0.85),
    },
    "clinic6": {  # measured en 0.780/0.900, all 0.847/0.927, es 0.900/0.925, ht 0.900/1.000, pt 0.800/0.900, fr 0.900/0.950
        "all": (0.75, 0.85),
        "en": (0.70, 0.85),
        "es": (0.85, 0.85),
        "ht": (0.85, 0.95),
        "pt": (0.75, 0.85),
        "fr": (0.85, 0.90),
    },
    "clinic7": {  # measured en 0.800/0.980, all 0.860/0.987, es 0.875/0.975, ht 0.950/1.000, pt 0.850/1.000, fr 0.900/1.000
        "all": (0.80, 0.90),
        "en": (0.75, 0.90),
        "es": (0.80, 0.90),
        "ht": (0.90, 0.95),
        "pt": (0.80, 0.95),
        "fr": (0.85, 0.95),
    },
    "clinic8": {  # measured en 0.740/0.920, all 0.807/0.927, es 0.850/0.950, ht 0.750/0.850, pt 0.900/0.950, fr 0.850/0.950
        "all": (0.75, 0.85),
        "en": (0.65, 0.85),
        "es": (0.80, 0.90),
        "ht": (0.70, 0.80),
        "pt": (0.85, 0.90),
        "fr": (0.80, 0.90),
    },
    "clinic9": {  # measured en 0.780/0.920, all 0.827/0.927, es 0.825/0.950, ht 0.900/0.950, pt 0.850/0.900, fr 0.850/0.900
        "all": (0.75, 0.85),
        "en": (0.70, 0.85),
        "es": (0.75, 0.90),
        "ht": (0.85, 0.90),
        "pt": (0.80, 0.85),
        "fr": (0.80, 0.85),
    },
    "clinic10": {  # measured en 0.640/0.840, all 0.653/0.847, es 0.700/0.875, ht 0.550/0.800, pt 0.550/0.800, fr 0.800/0.900
        "all": (0.60, 0.75),
        "en": (0.55, 0.75),
        "es": (0.65, 0.80),
        "ht": (0.50, 0.75),
        "pt": (0.50, 0.75),
        "fr": (0.75, 0.85),
    },
    "clinic11": {  # measured en 0.700/0.880, all 0.700/0.847, es 0.850/0.900, ht 0.500/0.750, pt 0.700/0.800, fr 0.600/0.800
        "all": (0.65, 0.75),
        "en": (0.65, 0.80),
        "es": (0.80, 0.85),
        "ht": (0.45, 0.70),
        "pt": (0.65, 0.75),
        "fr": (0.55, 0.75),
    },
    "clinic12": {  # measured en 0.820/0.960, all 0.760/0.947, es 0.725/0.950, ht 0.700/0.950, pt 0.800/0.950, fr 0.700/0.900
        "all": (0.70, 0.85),
        "en": (0.75, 0.90),
        "es": (0.65, 0.90),
        "ht": (0.65, 0.90),
        "pt": (0.75, 0.90),
        "fr": (0.65, 0.85),
    },
    "clinic13": {  # measured en 0.860/0.940, all 0.887/0.980, es 0.900/1.000, ht 1.000/1.000, pt 0.750/1.000, fr 0.950/1.000
        "all": (0.80, 0.90),
        "en": (0.80, 0.85),
        "es": (0.85, 0.95),
        "ht": (0.95, 0.95),
        "pt": (0.70, 0.95),
        "fr": (0.90, 0.95),
    },
    "clinic14": {  # measured en 0.700/0.960, all 0.840/0.973, es 0.950/0.975, ht 0.800/0.950, pt 0.950/1.000, fr 0.900/1.000
        "all": (0.75, 0.90),
        "en": (0.65, 0.90),
        "es": (0.90, 0.90),
        "ht": (0.75, 0.90),
        "pt": (0.90, 0.95),
        "fr": (0.85, 0.95),
    },
    "clinic15": {  # measured en 0.880/0.960, all 0.873/0.940, es 0.800/0.900, ht 0.850/0.850, pt 0.950/1.000, fr 0.950/1.000
        "all": (0.80, 0.85),
        "en": (0.80, 0.90),
        "es": (0.75, 0.85),
        "ht": (0.80, 0.80),
        "pt": (0.90, 0.95),
        "fr": (0.90, 0.95),
    },
    "clinic16": {  # measured en 0.820/0.880, all 0.800/0.920, es 0.875/0.975, ht 0.800/0.950, pt 0.700/0.950, fr 0.700/0.850
        "all": (0.75, 0.85),
        "en": (0.75, 0.80),
        "es": (0.80, 0.90),
        "ht": (0.75, 0.90),
        "pt": (0.65, 0.90),
        "fr": (0.65, 0.80),
    },
    "clinic17": {  # measured en 0.760/0.840, all 0.807/0.907, es 0.750/0.925, ht 0.900/1.000, pt 0.850/0.900, fr 0.900/0.950
        "all": (0.75, 0.85),
        "en": (0.70, 0.75),
        "es": (0.70, 0.85),
        "ht": (0.85, 0.95),
        "pt": (0.80, 0.85),
        "fr": (0.85, 0.90),
    },
    "clinic18": {  # measured en 0.760/0.920, all 0.827/0.933, es 0.850/1.000, ht 0.900/0.950, pt 0.850/0.850, fr 0.850/0.900
        "all": (0.75, 0.85),
        "en": (0.70, 0.85),
        "es": (0.80, 0.95),
        "ht": (0.85, 0.90),
        "pt": (0.80, 0.80),
        "fr": (0.80, 0.85),
    },
    "clinic19": {  # measured en 0.740/0.940, all 0.713/0.880, es 0.675/0.825, ht 0.650/0.750, pt 0.750/0.900, fr 0.750/0.950
        "all": (0.65, 0.80),
        "en": (0.65, 0.85),
        "es": (0.60, 0.75),
        "ht": (0.60, 0.70),
        "pt": (0.70, 0.85),
        "fr": (0.70, 0.90),
    },
    "clinic20": {  # measured en 0.760/0.960, all 0.733/0.893, es 0.700/0.875, ht 0.750/0.950, pt 0.600/0.750, fr 0.850/0.850
        "all": (0.65, 0.80),
        "en": (0.70, 0.90),
        "es": (0.65, 0.80),
        "ht": (0.70, 0.90),
        "pt": (0.55, 0.70),
        "fr": (0.80, 0.80),
    },
    "clinic21": {  # measured en 0.720/0.920, all 0.687/0.893, es 0.600/0.875, ht 0.650/0.850, pt 0.650/0.850, fr 0.850/0.950
        "all": (0.60, 0.80),
        "en": (0.65, 0.85),
        "es": (0.55, 0.80),
        "ht": (0.60, 0.80),
        "pt": (0.60, 0.80),
        "fr": (0.80, 0.90),
    },
    "clinic22": {  # measured en 0.900/1.000, all 0.847/0.933, es 0.775/0.850, ht 0.800/0.950, pt 0.900/0.900, fr 0.850/0.950
        "all": (0.75, 0.85),
        "en": (0.85, 0.95),
        "es": (0.70, 0.80),
        "ht": (0.75, 0.90),
        "pt": (0.85, 0.85),
        "fr": (0.80, 0.90),
    },
    "clinic23": {  # measured en 0.740/0.900, all 0.793/0.927, es 0.775/0.925, ht 0.800/0.850, pt 0.800/1.000, fr 0.950/1.000
        "all": (0.70, 0.85),
        "en": (0.65, 0.85),
        "es": (0.70, 0.85),
        "ht": (0.75, 0.80),
        "pt": (0.75, 0.95),
        "fr": (0.90, 0.95),
    },
    "clinic24": {  # measured en 0.920/0.980, all 0.813/0.947, es 0.725/0.900, ht 0.850/0.950, pt 0.700/0.950, fr 0.800/0.950
        "all": (0.75, 0.85),
        "en": (0.85, 0.90),
        "es": (0.65, 0.85),
        "ht": (0.80, 0.90),
        "pt": (0.65, 0.90),
        "fr": (0.75, 0.90),
    },
    "clinic25": {  # measured en 0.940/0.980, all 0.887/0.960, es 0.850/0.950, ht 0.900/1.000, pt 0.800/0.900, fr 0.900/0.950
        "all": (0.80, 0.90),
        "en": (0.85, 0.90),
        "es": (0.80, 0.90),
        "ht": (0.85, 0.95),
        "pt": (0.75, 0.85),
        "fr": (0.85, 0.90),
    },
    "clinic26": {  # measured en 0.860/0.920, all 0.840/0.913, es 0.825/0.925, ht 0.750/0.800, pt 0.850/0.950, fr 0.900/0.950
        "all": (0.75, 0.85),
        "en": (0.80, 0.85),
        "es": (0.75, 0.85),
        "ht": (0.70, 0.75),
        "pt": (0.80, 0.90),
        "fr": (0.85, 0.90),
    },
    "clinic27": {  # measured en 0.780/0.920, all 0.807/0.920, es 0.775/0.900, ht 0.850/0.950, pt 0.800/0.850, fr 0.900/1.000
        "all": (0.75, 0.85),
        "en": (0.70, 0.85),
        "es": (0.70, 0.85),
        "ht": (0.80, 0.90),
        "pt": (0.75, 0.80),
        "fr": (0.85, 0.95),
    },
    "clinic28": {  # measured en 0.660/0.900, all 0.707/0.900, es 0.775/0.875, ht 0.600/0.900, pt 0.800/0.950, fr 0.700/0.900
        "all": (0.65, 0.85),
        "en": (0.60, 0.85),
        "es": (0.70, 0.80),
        "ht": (0.55, 0.85),
        "pt": (0.75, 0.90),
        "fr": (0.65, 0.85),
    },
    "clinic29": {  # measured en 0.860/1.000, all 0.833/0.960, es 0.925/0.975, ht 0.750/0.950, pt 0.750/0.950, fr 0.750/0.850
        "all": (0.75, 0.90),
        "en": (0.80, 0.95),
        "es": (0.85, 0.90),
        "ht": (0.70, 0.90),
        "pt": (0.70, 0.90),
        "fr": (0.70, 0.80),
    },
    "clinic30": {  # measured en 0.760/0.920, all 0.773/0.907, es 0.800/0.925, ht 0.700/0.900, pt 0.800/0.850, fr 0.800/0.900
        "all": (0.70, 0.85),
        "en": (0.70, 0.85),
        "es": (0.75, 0.85),
        "ht": (0.65, 0.85),
        "pt": (0.75, 0.80),
        "fr": (0.75, 0.85),
    },
    "clinic31": {  # measured en 0.820/0.920, all 0.793/0.880, es 0.800/0.850, ht 0.750/0.850, pt 0.800/0.850, fr 0.750/0.900
        "all": (0.70, 0.80),
        "en": (0.75, 0.85),
        "es": (0.75, 0.80),
        "ht": (0.70, 0.80),
        "pt": (0.75, 0.80),
        "fr": (0.70, 0.85),
    },
    "clinic32": {  # measured en 0.800/0.920, all 0.773/0.913, es 0.775/0.925, ht 0.750/0.950, pt 0.700/0.750, fr 0.800/1.000
        "all": (0.70, 0.85),
        "en": (0.75, 0.85),
        "es": (0.70, 0.85),
        "ht": (0.70, 0.90),
        "pt": (0.65, 0.70),
        "fr": (0.75, 0.95),
    },
    "clinic33": {  # measured en 0.840/0.940, all 0.807/0.953, es 0.800/0.975, ht 0.750/1.000, pt 0.700/0.900, fr 0.900/0.950
        "all": (0.75, 0.90),
        "en": (0.75, 0.85),
        "es": (0.75, 0.90),
        "ht": (0.70, 0.95),
        "pt": (0.65, 0.85),
        "fr": (0.85, 0.90),
    },
    "clinic34": {  # measured en 0.760/0.920, all 0.807/0.947, es 0.775/0.950, ht 0.900/1.000, pt 0.950/1.000, fr 0.750/0.900
        "all": (0.75, 0.85),
        "en": (0.70, 0.80),
        "es": (0.75, 0.90),
        "ht": (0.85, 0.95),
        "pt": (0.90, 0.95),
        "fr": (0.65, 0.85),
    },
    "clinic35": {  # measured en 0.920/0.960, all 0.887/0.953, es 0.850/0.950, ht 0.800/0.950, pt 0.900/0.950, fr 0.950/0.950
        "all": (0.80, 0.90),
        "en": (0.85, 0.90),
        "es": (0.80, 0.90),
        "ht": (0.75, 0.90),
        "pt": (0.85, 0.90),
        "fr": (0.90, 0.90),
    },
    "clinic36": {  # measured en 0.820/0.980, all 0.773/0.940, es 0.750/0.950, ht 0.800/0.950, pt 0.700/0.850, fr 0.750/0.900
        "all": (0.70, 0.85),
        "en": (0.75, 0.90),
        "es": (0.70, 0.90),
        "ht": (0.75, 0.90),
        "pt": (0.65, 0.80),
        "fr": (0.70, 0.85),
    },
    "clinic37": {  # measured en 0.820/0.980, all 0.820/0.960, es 0.825/0.950, ht 0.700/0.900, pt 0.800/1.000, fr 0.950/0.950
        "all": (0.75, 0.90),
        "en": (0.75, 0.90),
        "es": (0.75, 0.90),
        "ht": (0.65, 0.85),
        "pt": (0.75, 0.95),
        "fr": (0.90, 0.90),
    },
    "clinic38": {  # measured en 0.840/1.000, all 0.833/0.947, es 0.750/0.850, ht 0.850/1.000, pt 0.900/0.950, fr 0.900/0.950
        "all": (0.75, 0.85),
        "en": (0.75, 0.95),
        "es": (0.70, 0.80),
        "ht": (0.80, 0.95),
        "pt": (0.85, 0.90),
        "fr": (0.85, 0.90),
    },
    "clinic39": {  # measured en 0.700/0.920, all 0.740/0.907, es 0.725/0.925, ht 0.700/0.900, pt 0.800/0.800, fr 0.850/0.950
        "all": (0.65, 0.85),
        "en": (0.65, 0.85),
        "es": (0.65, 0.85),
        "ht": (0.65, 0.85),
        "pt": (0.75, 0.75),
        "fr": (0.80, 0.90),
    },
    "clinic40": {  # measured en 0.780/0.920, all 0.827/0.947, es 0.825/0.950, ht 0.800/0.900, pt 0.950/1.000, fr 0.850/1.000
        "all": (0.75, 0.85),
        "en": (0.70, 0.85),
        "es": (0.75, 0.90),
        "ht": (0.75, 0.85),
        "pt": (0.90, 0.95),
        "fr": (0.80, 0.95),
    },
    "clinic42": {  # measured en 0.760/0.900, all 0.733/0.880, es 0.725/0.850, ht 0.800/0.900, pt 0.700/0.900, fr 0.650/0.850
        "all": (0.65, 0.80),
        "en": (0.70, 0.85),
        "es": (0.65, 0.80),
        "ht": (0.75, 0.85),
        "pt": (0.65, 0.85),
        "fr": (0.60, 0.80),
    },
    "clinic41": {  # measured en 0.820/0.840, all 0.787/0.907, es 0.700/0.900, ht 0.850/0.950, pt 0.700/0.950, fr 0.900/1.000
        "all": (0.70, 0.85),
        "en": (0.75, 0.75),
        "es": (0.65, 0.85),
        "ht": (0.80, 0.90),
        "pt": (0.65, 0.90),
        "fr": (0.85, 0.95),
    },
    "clinic43": {  # measured en 0.760/0.920, all 0.760/0.940, es 0.800/0.975, ht 0.750/0.950, pt 0.800/0.950, fr 0.650/0.900
        "all": (0.70, 0.85),
        "en": (0.70, 0.85),
        "es": (0.75, 0.90),
        "ht": (0.70, 0.90),
        "pt": (0.75, 0.90),
        "fr": (0.60, 0.85),
    },
    "clinic44": {  # measured en 0.820/0.980, all 0.867/0.947, es 0.875/0.925, ht 0.900/0.900, pt 0.850/0.900, fr 0.950/1.000
        "all": (0.80, 0.85),
        "en": (0.75, 0.90),
        "es": (0.80, 0.85),
        "ht": (0.85, 0.85),
        "pt": (0.80, 0.85),
        "fr": (0.90, 0.95),
    },
    "clinic45": {  # measured en 0.740/0.900, all 0.813/0.927, es 0.800/0.900, ht 0.850/0.950, pt 0.850/1.000, fr 0.950/0.950
        "all": (0.75, 0.85),
        "en": (0.65, 0.85),
        "es": (0.75, 0.85),
        "ht": (0.80, 0.90),
        "pt": (0.80, 0.95),
        "fr": (0.90, 0.90),
    },
    "clinic46": {  # measured en 0.820/0.920, all 0.867/0.960, es 0.900/0.975, ht 0.850/1.000, pt 0.900/0.950, fr 0.900/1.000
        "all": (0.80, 0.90),
        "en": (0.75, 0.85),
        "es": (0.85, 0.90),
        "ht": (0.80, 0.95),
        "pt": (0.85, 0.90),
        "fr": (0.85, 0.95),
    },
    "clinic47": {  # measured en 0.800/0.920, all 0.767/0.913, es 0.675/0.900, ht 0.900/0.950, pt 0.750/0.900, fr 0.750/0.900
        "all": (0.70, 0.85),
        "en": (0.75, 0.85),
        "es": (0.60, 0.85),
        "ht": (0.85, 0.90),
        "pt": (0.70, 0.85),
        "fr": (0.70, 0.85),
    },
    "clinic49": {  # measured en 0.800/0.960, all 0.773/0.913, es 0.625/0.825, ht 0.850/1.000, pt 0.800/0.900, fr 0.900/0.900
        "all": (0.70, 0.85),
        "en": (0.75, 0.90),
        "es": (0.55, 0.75),
        "ht": (0.80, 0.95),
        "pt": (0.75, 0.85),
        "fr": (0.85, 0.85),
    },
    "clinic51": {  # measured en 0.820/0.900, all 0.813/0.900, es 0.800/0.875, ht 0.700/0.800, pt 0.850/1.000, fr 0.900/0.950
        "all": (0.75, 0.85),
        "en": (0.75, 0.85),
        "es": (0.75, 0.80),
        "ht": (0.65, 0.75),
        "pt": (0.80, 0.95),
        "fr": (0.85, 0.90),
    },
    "clinic52": {  # measured en 0.860/1.000, all 0.820/0.973, es 0.825/0.975, ht 0.800/1.000, pt 0.800/0.950, fr 0.750/0.900
        "all": (0.75, 0.90),
        "en": (0.80, 0.95),
        "es": (0.75, 0.90),
        "ht": (0.75, 0.95),
        "pt": (0.75, 0.90),
        "fr": (0.70, 0.85),
    },
    "clinic53": {  # measured en 0.820/0.980, all 0.853/0.953, es 0.875/0.925, ht 0.850/0.950, pt 0.950/1.000, fr 0.800/0.900
        "all": (0.80, 0.90),
        "en": (0.75, 0.90),
        "es": (0.80, 0.85),
        "ht": (0.80, 0.90),
        "pt": (0.90, 0.95),
        "fr": (0.75, 0.85),
    },
    "clinic54": {  # measured en 0.840/0.940, all 0.807/0.940, es 0.750/0.925, ht 0.850/0.900, pt 0.700/0.950, fr 0.900/1.000
        "all": (0.75, 0.90),
        "en": (0.80, 0.90),
        "es": (0.70, 0.85),
        "ht": (0.80, 0.85),
        "pt": (0.65, 0.90),
        "fr": (0.85, 0.95),
    },
    "clinic55": {  # measured en 0.860/0.940, all 0.853/0.960, es 0.825/0.950, ht 0.900/1.000, pt 0.800/1.000, fr 0.900/0.950
        "all": (0.80, 0.95),
        "en": (0.80, 0.90),
        "es": (0.75, 0.90),
        "ht": (0.85, 0.95),
        "pt": (0.75, 0.95),
        "fr": (0.85, 0.90),
    },
    "clinic56": {  # measured en 0.820/0.940, all 0.807/0.887, es 0.775/0.850, ht 0.850/0.900, pt 0.700/0.800, fr 0.900/0.900
        "all": (0.75, 0.85),
        "en": (0.75, 0.90),
        "es": (0.70, 0.80),
        "ht": (0.80, 0.85),
        "pt": (0.65, 0.75),
        "fr": (0.85, 0.85),
    },
    "clinic57": {  # measured en 0.660/0.880, all 0.753/0.920, es 0.825/0.975, ht 0.700/0.900, pt 0.750/0.900, fr 0.900/0.950
        "all": (0.70, 0.90),
        "en": (0.60, 0.80),
        "es": (0.80, 0.95),
        "ht": (0.65, 0.85),
        "pt": (0.70, 0.85),
        "fr": (0.85, 0.90),
    },
    "clinic58": {  # measured en 0.820/0.920, all 0.833/0.953, es 0.850/1.000, ht 0.750/0.950, pt 0.900/1.000, fr 0.850/0.900
        "all": (0.80, 0.90),
        "en": (0.75, 0.85),
        "es": (0.80, 0.95),
        "ht": (0.70, 0.90),
        "pt": (0.85, 0.95),
        "fr": (0.80, 0.85),
    },
    "clinic59": {  # measured en 0.840/0.920, all 0.793/0.940, es 0.800/0.975, ht 0.750/0.950, pt 0.750/0.950, fr 0.750/0.900
        "all": (0.75, 0.90),
        "en": (0.80, 0.85),
        "es": (0.75, 0.95),
        "ht": (0.70, 0.90),
        "pt": (0.70, 0.90),
        "fr": (0.70, 0.85),
    },
    "clinic60": {  # measured en 0.820/0.960, all 0.820/0.980, es 0.725/0.975, ht 0.900/1.000, pt 0.800/1.000, fr 0.950/1.000
        "all": (0.80, 0.95),
        "en": (0.75, 0.90),
        "es": (0.70, 0.95),
        "ht": (0.85, 0.95),
        "pt": (0.75, 0.95),
        "fr": (0.90, 0.95),
    },
    "clinic61": {  # measured en 0.620/0.820, all 0.673/0.847, es 0.650/0.800, ht 0.650/0.850, pt 0.850/0.950, fr 0.700/0.900
        "all": (0.65, 0.80),
        "en": (0.55, 0.75),
        "es": (0.60, 0.75),
        "ht": (0.60, 0.80),
        "pt": (0.80, 0.90),
        "fr": (0.65, 0.85),
    },
    "clinic62": {  # measured en 0.800/0.940, all 0.767/0.900, es 0.650/0.875, ht 0.900/0.950, pt 0.700/0.800, fr 0.850/0.900
        "all": (0.75, 0.85),
        "en": (0.75, 0.90),
        "es": (0.60, 0.85),
        "ht": (0.85, 0.90),
        "pt": (0.65, 0.75),
        "fr": (0.80, 0.85),
    },
    "clinic63": {  # measured en 0.840/0.940, all 0.813/0.920, es 0.825/0.875, ht 0.750/0.950, pt 0.850/0.900, fr 0.750/0.950
        "all": (0.75, 0.90),
        "en": (0.80, 0.90),
        "es": (0.80, 0.85),
        "ht": (0.70, 0.90),
        "pt": (0.80, 0.85),
        "fr": (0.70, 0.90),
    },
    "clinic64": {  # measured en 0.760/0.900, all 0.767/0.887, es 0.775/0.850, ht 0.900/0.950, pt 0.600/0.850, fr 0.800/0.900
        "all": (0.75, 0.85),
        "en": (0.70, 0.85),
        "es": (0.75, 0.80),
        "ht": (0.85, 0.90),
        "pt": (0.55, 0.80),
        "fr": (0.75, 0.85),
    },
    "clinic65": {  # measured en 0.680/0.880, all 0.740/0.940, es 0.750/0.975, ht 0.750/0.950, pt 0.850/0.950, fr 0.750/1.000
        "all": (0.70, 0.90),
        "en": (0.60, 0.80),
        "es": (0.70, 0.95),
        "ht": (0.70, 0.90),
        "pt": (0.80, 0.90),
        "fr": (0.70, 0.95),
    },
    "clinic66": {  # measured en 0.780/0.840, all 0.793/0.887, es 0.750/0.875, ht 0.800/0.950, pt 0.800/0.900, fr 0.900/0.950
        "all": (0.75, 0.85),
        "en": (0.70, 0.80),
        "es": (0.70, 0.85),
        "ht": (0.75, 0.90),
        "pt": (0.75, 0.85),
        "fr": (0.85, 0.90),
    },
    "clinic67": {  # measured en 0.800/0.920, all 0.787/0.913, es 0.750/0.900, ht 0.800/0.950, pt 0.850/0.850, fr 0.750/0.950
        "all": (0.75, 0.85),
        "en": (0.75, 0.85),
        "es": (0.70, 0.85),
        "ht": (0.75, 0.90),
        "pt": (0.80, 0.80),
        "fr": (0.70, 0.90),
    },
    "clinic68": {  # measured en 0.820/0.920, all 0.733/0.840, es 0.675/0.700, ht 0.700/0.850, pt 0.650/0.850, fr 0.750/0.900
        "all": (0.70, 0.80),
        "en": (0.75, 0.85),
        "es": (0.65, 0.65),
        "ht": (0.65, 0.80),
        "pt": (0.60, 0.80),
        "fr": (0.70, 0.85),
    },
    "clinic69": {  # measured en 0.860/1.000, all 0.820/0.920, es 0.775/0.825, ht 0.850/0.950, pt 0.800/0.900, fr 0.800/0.900
        "all": (0.80, 0.90),
        "en": (0.80, 0.95),
        "es": (0.75, 0.80),
        "ht": (0.80, 0.90),
        "pt": (0.75, 0.85),
        "fr": (0.75, 0.85),
    },
    "clinic70": {  # measured en 0.780/0.980, all 0.747/0.947, es 0.750/0.950, ht 0.650/0.900, pt 0.750/1.000, fr 0.750/0.850
        "all": (0.70, 0.90),
        "en": (0.75, 0.95),
        "es": (0.70, 0.90),
        "ht": (0.60, 0.85),
        "pt": (0.70, 0.95),
        "fr": (0.70, 0.80),
    },
    "clinic71": {  # measured en 0.820/0.960, all 0.780/0.913, es 0.700/0.900, ht 0.750/0.900, pt 0.850/0.900, fr 0.800/0.850
        "all": (0.75, 0.90),
        "en": (0.80, 0.90),
        "es": (0.65, 0.85),
        "ht": (0.70, 0.85),
        "pt": (0.80, 0.85),
        "fr": (0.75, 0.80),
    },
    "clinic72": {  # measured en 0.640/0.880, all 0.673/0.913, es 0.700/0.950, ht 0.650/0.900, pt 0.750/1.000, fr 0.650/0.850
        "all": (0.65, 0.90),
        "en": (0.60, 0.85),
        "es": (0.65, 0.90),
        "ht": (0.60, 0.85),
        "pt": (0.70, 0.95),
        "fr": (0.60, 0.80),
    },
    "clinic73": {  # measured en 0.840/0.980, all 0.853/0.940, es 0.875/0.925, ht 0.900/0.900, pt 0.750/0.850, fr 0.900/1.000
        "all": (0.80, 0.90),
        "en": (0.80, 0.95),
        "es": (0.85, 0.90),
        "ht": (0.85, 0.85),
        "pt": (0.70, 0.80),
        "fr": (0.85, 0.95),
    },
    "clinic74": {  # measured en 0.840/0.960, all 0.820/0.940, es 0.875/0.975, ht 0.750/0.850, pt 0.800/0.950, fr 0.750/0.900
        "all": (0.80, 0.90),
        "en": (0.80, 0.90),
        "es": (0.85, 0.95),
        "ht": (0.70, 0.80),
        "pt": (0.75, 0.90),
        "fr": (0.70, 0.85),
    },
    "clinic75": {  # measured en 0.880/0.940, all 0.853/0.940, es 0.875/1.000, ht 0.800/0.900, pt 0.900/0.900, fr 0.750/0.900
        "all": (0.80, 0.90),
        "en": (0.85, 0.90),
        "es": (0.85, 0.95),
        "ht": (0.75, 0.85),
        "pt": (0.85, 0.85),
        "fr": (0.70, 0.85),
    },
    "clinic76": {  # measured en 0.720/0.940, all 0.787/0.953, es 0.775/0.975, ht 0.850/0.950, pt 0.900/1.000, fr 0.800/0.900
        "all": (0.75, 0.90),
        "en": (0.70, 0.90),
        "es": (0.75, 0.95),
        "ht": (0.80, 0.90),
        "pt": (0.85, 0.95),
        "fr": (0.75, 0.85),
    },
    "clinic77": {  # measured en 0.920/1.000, all 0.927/0.987, es 0.950/0.975, ht 0.850/0.950, pt 0.950/1.000, fr 0.950/1.000
        "all": (0.90, 0.95),
        "en": (0.90, 0.95),
        "es": (0.90, 0.95),
        "ht": (0.80, 0.90),
        "pt": (0.90, 0.95),
        "fr": (0.90, 0.95),
    },
    "clinic78": {  # measured en 0.640/0.880, all 0.733/0.907, es 0.750/0.925, ht 0.750/0.850, pt 0.850/0.950, fr 0.800/0.950
        "all": (0.70, 0.90),
        "en": (0.60, 0.85),
        "es": (0.70, 0.90),
        "ht": (0.70, 0.80),
        "pt": (0.80, 0.90),
        "fr": (0.75, 0.90),
    },
    "clinic79": {  # measured en 0.780/0.920, all 0.847/0.967, es 0.825/0.975, ht 0.900/1.000, pt 0.950/1.000, fr 0.900/1.000
        "all": (0.80, 0.95),
        "en": (0.75, 0.90),
        "es": (0.80, 0.95),
        "ht": (0.85, 0.95),
        "pt": (0.90, 0.95),
        "fr": (0.85, 0.95),
    },
    "clinic80": {  # measured en 0.620/0.820, all 0.733/0.887, es 0.800/0.925, ht 0.700/0.850, pt 0.850/0.900, fr 0.800/1.000
        "all": (0.70, 0.85),
        "en": (0.60, 0.80),
        "es": (0.75, 0.90),
        "ht": (0.65, 0.80),
        "pt": (0.80, 0.85),
        "fr": (0.75, 0.95),
    },
    "clinic81": {  # measured en 0.740/0.900, all 0.767/0.907, es 0.725/0.900, ht 0.850/0.950, pt 0.850/0.950, fr 0.750/0.850
        "all": (0.75, 0.90),
        "en": (0.70, 0.85),
        "es": (0.70, 0.85),
        "ht": (0.80, 0.90),
        "pt": (0.80, 0.90),
        "fr": (0.70, 0.80),
    },
    "clinic82": {  # measured en 0.840/0.980, all 0.820/0.967, es 0.825/0.925, ht 0.850/1.000, pt 0.800/1.000, fr 0.750/0.950
        "all": (0.80, 0.95),
        "en": (0.80, 0.95),
        "es": (0.80, 0.90),
        "ht": (0.80, 0.95),
        "pt": (0.75, 0.95),
        "fr": (0.70, 0.90),
    },
    "clinic83": {  # measured en 0.800/0.900, all 0.740/0.867, es 0.650/0.825, ht 0.800/0.900, pt 0.650/0.800, fr 0.800/0.900
        "all": (0.70, 0.85),
        "en": (0.75, 0.85),
        "es": (0.60, 0.80),
        "ht": (0.75, 0.85),
        "pt": (0.60, 0.75),
        "fr": (0.75, 0.85),
    },
    "clinic84": {  # measured en 0.860/0.940, all 0.820/0.960, es 0.725/0.950, ht 0.900/1.000, pt 0.700/0.950, fr 0.950/1.000
        "all": (0.80, 0.95),
        "en": (0.80, 0.90),
        "es": (0.70, 0.90),
        "ht": (0.85, 0.95),
        "pt": (0.65, 0.90),
        "fr": (0.90, 0.95),
    },
    "clinic85": {  # measured en 0.880/0.960, all 0.867/0.973, es 0.825/0.975, ht 0.900/1.000, pt 0.850/1.000, fr 0.900/0.950
        "all": (0.85, 0.95),
        "en": (0.85, 0.90),
        "es": (0.80, 0.95),
        "ht": (0.85, 0.95),
        "pt": (0.80, 0.95),
        "fr": (0.85, 0.90),
    },
    "clinic86": {  # measured en 0.820/0.960, all 0.813/0.960, es 0.850/0.975, ht 0.650/0.850, pt 0.800/1.000, fr 0.900/1.000
        "all": (0.80, 0.95),
        "en": (0.80, 0.90),
        "es": (0.80, 0.95),
        "ht": (0.60, 0.80),
        "pt": (0.75, 0.95),
        "fr": (0.85, 0.95),
    },
}
COUNTS = {
    "clinic2": {"en": 60, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic3": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic4": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic5": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic6": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic7": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic8": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic9": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic10": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic11": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic12": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic13": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic14": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic15": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic16": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic17": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic18": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic19": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic20": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic21": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic22": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic23": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic24": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic25": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic26": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic27": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic28": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic29": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic30": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic31": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic32": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic33": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic34": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic35": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic36": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic37": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic38": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic39": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic40": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic42": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic41": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic43": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic44": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic45": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic46": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic47": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic49": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic51": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic52": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic53": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic54": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic55": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic56": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic57": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic58": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic59": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic60": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic61": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic62": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic63": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic64": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic65": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic66": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic67": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic68": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic69": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic70": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic71": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic72": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic73": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic74": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic75": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic76": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic77": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic78": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic79": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic80": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic81": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic82": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic83": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic84": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic85": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic86": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
}


def _files(name: str) -> tuple[Path, Path]:
    return DATA / f"{name}-faq.html", DATA / f"{name}-queries.tsv"


@pytest.fixture(scope="module", params=sorted(SETS))
def scores(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """(set name, {lang or "all": Score}) over the built-in pack plus the page as a pack."""
    name = request.param
    page, queries = _files(name)
    library: Any = _eval_library(page, tmp_path_factory.mktemp(name))
    try:
        by_title = {a.title: a.id for a in library.content.articles}
        out: dict[str, Score] = {}
        for row in read_queries(queries):
            wanted = {by_title[t] for t in row.answers}
            ids = [h.id for h in library.search(row.query, limit=10).hits]
            rank = next((n for n, i in enumerate(ids, 1) if i in wanted), None)
            for key in (row.lang, "all"):
                out.setdefault(key, Score()).add(rank)
    finally:
        library.close()
    return name, out


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_set_has_every_language(name: str) -> None:
    langs = [q.lang for q in read_queries(_files(name)[1])]
    assert {lang: langs.count(lang) for lang in set(langs)} == COUNTS[name]


def test_held_out_clinic_queries(scores: Any) -> None:
    name, by_lang = scores
    low = []
    for lang, (top1, top3) in SETS[name].items():
        score = by_lang[lang]
        if score.top1 / score.n < top1 or score.top3 / score.n < top3:
            low.append(f"{lang}: {score.line()}")
    assert not low, f"{name}: " + "; ".join(low)
