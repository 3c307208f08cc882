"""What every desk workflow page shares: page frame, long jobs, forms, audit and result tables."""
