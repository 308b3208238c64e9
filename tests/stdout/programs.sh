# The tests/py programs whose output depends on how python3 buffers stdout
# (sourced by regen.sh and tests/21-stdout-modes.sh).
PROGRAMS="870-print-getrefcount 871-print-get-referrers 872-print-gc-count 873-print-gc-threshold
874-print-chunk 875-print-non-ascii 876-print-tracemalloc-peak 890-print-memoryview-gc
891-print-memoryview-peak 892-print-flush-memoryview"
