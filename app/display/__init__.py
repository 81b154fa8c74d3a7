"""The waiting-room display: last calls and queue lengths, readable across the stadshal."""
