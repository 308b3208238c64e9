# many exceptions caught and printed with type(e).__name__ and str(e)
def attempt(k):
    if k == 0:
        return 1 / 0
    if k == 1:
        return [1][3]
    if k == 2:
        return {"a": 1}["b"]
    if k == 3:
        return int("x1")
    if k == 4:
        return "a" + 1
    if k == 5:
        return undefined_function_qz()
    if k == 6:
        return (1, 2).missing
    if k == 7:
        return float("abc")
    if k == 8:
        return [].pop()
    if k == 9:
        return "abc".index("z")
    if k == 10:
        return [1, 2].index(5)
    if k == 11:
        return {}.pop("k")
    if k == 12:
        return chr(-1)
    if k == 13:
        return "x" * "y"
    return "ok"
for k in range(15):
    try:
        print(k, attempt(k))
    except Exception as e:
        print(k, type(e).__name__, e)
