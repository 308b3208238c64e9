# exceptions handled inside loops; counting failures
data = ["1", "2", "x", "4", "", "6.5", "-7"]
good = []
bad = 0
for s in data:
    try:
        good.append(int(s))
    except ValueError as e:
        bad += 1
        print("skip:", e)
print(good, bad)
results = []
for d in [2, 0, 5, 0, 1]:
    try:
        results.append(10 // d)
    except ZeroDivisionError:
        results.append(None)
    finally:
        results.append("|")
print(results)
