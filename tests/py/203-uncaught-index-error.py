# uncaught IndexError raised inside a function called from a loop
def get(lst, i):
    return lst[i]
data = [10, 20, 30]
for i in range(5):
    print(get(data, i))
