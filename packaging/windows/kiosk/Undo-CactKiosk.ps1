#Requires -Version 5.1
#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Reverses Set-CactKiosk.ps1 on this computer.

.DESCRIPTION
    Run as administrator. Removes the kiosk account's shell (Shell Launcher)
    or the Assigned Access configuration, takes the kiosk policies out of the
    account's registry hive, puts back the machine policies as they were
    before Set-CactKiosk.ps1 (from C:\ProgramData\CACT Station\kiosk\state.json),
    and makes the earlier power plan active again. Quick Assist, if it was
    removed, is not reinstalled (Microsoft Store: "Quick Assist").
    The kiosk account stays unless -RemoveUser is given. The data folder is
    never touched. Running it again is harmless; -WhatIf shows what it would do.

.PARAMETER KioskUser
    The kiosk account (default: the one recorded by Set-CactKiosk.ps1, else cact-peserta).
.PARAMETER RemoveUser
    Also delete the kiosk account and its profile folder.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidatePattern('^[A-Za-z0-9._-]{1,20}$')]
    [string]$KioskUser,
    [switch]$RemoveUser
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'CactKiosk-Common.ps1')

$state = Read-KioskState
if (-not $KioskUser) {
    if ($state -and $state.KioskUser) { $KioskUser = $state.KioskUser } else { $KioskUser = 'cact-peserta' }
}
$sid = Get-KioskSid $KioskUser
if (-not $sid -and $state -and $state.Sid) { $sid = $state.Sid }
Write-Host "CACT Station kiosk: undoing for account $KioskUser"

# ------------------------------------------------------------------ the kiosk program
$shellLauncher = $null
try {
    $shellLauncher = Get-CimInstance -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting' -ErrorAction Stop
}
catch {
    $shellLauncher = $null # Shell Launcher is not installed
}
if ($sid -and $shellLauncher -and ($shellLauncher | Where-Object { $_.Sid -eq $sid }) -and
    $PSCmdlet.ShouldProcess($KioskUser, 'Shell Launcher: remove the custom shell')) {
    $null = Invoke-CimMethod -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting' -MethodName 'RemoveCustomShell' -Arguments @{ Sid = $sid }
    Write-Step 'Shell Launcher: the account has the normal Windows shell again'
    $left = @(Get-CimInstance -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting')
    if ($left.Count -eq 0) {
        $null = Invoke-CimMethod -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting' -MethodName 'SetEnabled' -Arguments @{ Enabled = $false }
        Write-Step 'Shell Launcher: turned off (no other custom shells)'
    }
}

if ($state -and $state.Mode -eq 'AssignedAccess' -and $PSCmdlet.ShouldProcess('Assigned Access', 'Clear the configuration')) {
    Set-AssignedAccessAsSystem ''
    $xmlPath = Join-Path $script:StateDir 'assigned-access.xml'
    if (Test-Path -LiteralPath $xmlPath) { Remove-Item -LiteralPath $xmlPath -Force }
    Write-Step 'Assigned Access: configuration cleared'
}

# ------------------------------------------------------------------ the kiosk account's policies
if ($sid -and -not $RemoveUser -and $PSCmdlet.ShouldProcess("$KioskUser (its own registry hive)", 'Remove the kiosk policies')) {
    $profilePath = Get-ProfilePath $sid
    if ($profilePath -and (Test-Path -LiteralPath (Join-Path $profilePath 'NTUSER.DAT'))) {
        $mount = Mount-KioskHive $sid $profilePath
        try {
            foreach ($policy in $script:UserPolicies) {
                Remove-HiveValue $mount $policy.Key $policy.Name
            }
        }
        finally {
            Dismount-KioskHive $mount
        }
        Write-Step 'kiosk policies removed from the account'
    }
}

# ------------------------------------------------------------------ the whole computer
if ($PSCmdlet.ShouldProcess('this computer', 'Put back Switch user, Remote Desktop and Remote Assistance settings')) {
    foreach ($policy in $script:MachinePolicies) {
        $recorded = $null
        if ($state) { $recorded = @($state.MachinePolicies) | Where-Object { $_.Key -eq $policy.Key -and $_.Name -eq $policy.Name } | Select-Object -First 1 }
        if ($recorded -and $recorded.Existed) {
            Set-MachineValue $policy.Key $policy.Name $recorded.Kind $recorded.Value
        }
        else {
            Remove-MachineValue $policy.Key $policy.Name
        }
    }
    Write-Step 'machine policies as they were before'
}

if ((Test-PowerScheme $script:PowerSchemeGuid) -and $PSCmdlet.ShouldProcess('power plan "CACT Station"', 'Activate the earlier plan and delete this one')) {
    $previous = $script:BalancedSchemeGuid
    if ($state -and $state.PreviousPowerScheme -and (Test-PowerScheme $state.PreviousPowerScheme)) {
        $previous = $state.PreviousPowerScheme
    }
    if ((Get-ActivePowerScheme) -eq $script:PowerSchemeGuid) {
        $null = Invoke-Native powercfg.exe @('/setactive', $previous)
    }
    $null = Invoke-Native powercfg.exe @('/delete', $script:PowerSchemeGuid)
    Write-Step "power plan $previous active again"
}

if ($state -and $state.QuickAssistRemoved) {
    Write-Warning 'Quick Assist was removed by Set-CactKiosk.ps1; install it again from the Microsoft Store if it is wanted.'
}

# ------------------------------------------------------------------ the account
if ($RemoveUser -and (Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue) -and
    $PSCmdlet.ShouldProcess($KioskUser, 'Delete the account and its profile folder')) {
    $userProfile = Get-CimInstance -ClassName Win32_UserProfile | Where-Object { $_.SID -eq $sid }
    if ($userProfile) {
        if ($userProfile.Loaded) {
            throw "$KioskUser is signed in: restart the computer, then run this script again with -RemoveUser."
        }
        $userProfile | Remove-CimInstance
    }
    Remove-LocalUser -Name $KioskUser
    Write-Step "account $KioskUser and its profile deleted"
}
elseif (Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue) {
    Write-Step "account $KioskUser kept (delete it with -RemoveUser)"
}

if (-not $WhatIfPreference -and (Test-Path -LiteralPath $script:StateFile)) {
    Remove-Item -LiteralPath $script:StateFile -Force
}

Write-Host ''
Write-Host 'Done. Restart the computer. The data folder was not touched.'
Write-Host 'Selesai. Nyalakan ulang komputer. Folder data tidak diubah.'
