while i < 10:
    i += 1
    if i == 5:
        break
    continue
else:
    done = True
