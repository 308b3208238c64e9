# uncaught NameError for an unknown name (no similar name to suggest)
total = 0
for i in range(3):
    total += i
print(total)
print(qqzzxxkk)
