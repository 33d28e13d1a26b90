//! Tests of the insights: averages, trends and top tags with exact thresholds and window edges,
//! every reach-out signal with its edges, zone and daylight-saving cases, then properties.

mod averages;
mod common;
mod props;
mod signals;
