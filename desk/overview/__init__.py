"""What spans the cases: deadlines, what needs attention, money in flight, the dashboard's counts."""
