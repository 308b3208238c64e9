from x import"*, a
