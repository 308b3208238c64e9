# A loop inside a builtin: each iterator step counts against the fuzz step
# limit (this ran for minutes before).
print(sum(x for x in range(3)), max(range(10**12)))
