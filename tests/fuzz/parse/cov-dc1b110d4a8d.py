# Snapshot.compare_to: p﻿aosit = 1ivema
b = llo#.start(")
\