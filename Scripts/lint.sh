#!/bin/sh
# make lint: swift-format's rules, as .swift-format sets them, over every Swift file of the repository, strict.
# A rule's finding (naming, forEach, documentation comments…) or a file that does not parse fails the run.
# The pretty printer's layout findings (indentation, line breaks, spacing, trailing commas, line length) are
# counted and not enforced: the tree predates the configuration and is not reformatted at once, so that the
# branches in flight still merge; `make format` lays out the files one changes.
set -u
layout='\[(Indentation|AddLines|RemoveLine|Spacing|TrailingWhitespace|TrailingComma|LineLength)\]'
output=$(swift format lint --strict --parallel --recursive Sources Tests Fuzz Package.swift 2>&1)
findings=$(printf '%s\n' "$output" | grep -E ': (error|warning): ' | grep -vE "$layout")
layoutCount=$(printf '%s\n' "$output" | grep -cE "$layout")
if [ -n "$findings" ]; then
    printf '%s\n' "$findings"
    echo "make lint: $(printf '%s\n' "$findings" | wc -l) finding(s) of swift-format's rules (see .swift-format)"
    exit 1
fi
echo "make lint: no finding of swift-format's rules ($layoutCount layout findings, not enforced: make format lays out changed files)"
