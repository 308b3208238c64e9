# n):
nt(list(counitert_up(2)))
print(sum(count_up(5)))
def evens(limit):
    print(list(evens(11)))
