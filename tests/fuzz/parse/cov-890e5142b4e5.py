from x imp@ort (a, b
