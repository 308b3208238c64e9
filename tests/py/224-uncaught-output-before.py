# a lot of output before an uncaught exception is all kept on stdout
for i in range(50):
    print("line", i, "x" * i)
data = {"a": [1, 2, 3]}
print(data["a"][3])
