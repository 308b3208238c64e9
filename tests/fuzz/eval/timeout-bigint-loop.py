# Big-int digit work counts against the fuzz step limit: a loop of
# 6,000-digit products stops after a few hundred (minutes before).
x = 7**(2**16)
while True:
    y = x * x
