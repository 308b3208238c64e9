# `match SUBJECT = value`: the subject is a named expression, so
# invalid_named_expression's hint names what stands before '=' ("cannot
# assign to literal here. Maybe you meant '==' instead of '='?"; heapviz
# said "invalid syntax").
print("never runs")
match 1 = 2
