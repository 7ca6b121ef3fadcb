"""The Bijeenkomsten page's parts: agenda editor, attendance, minutes, action points."""
