// The CSV reader and writer arrive with issue 2.
